package org.payoutdesk.config;

import java.util.Objects;

/** One Redis or Sentinel address, "host:port" in the config (an IPv6 host in brackets). */
public record RedisAddress(String host, int port) {
    public RedisAddress {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /** "host:port" as in the config file; an IPv6 host is bracketed. */
    public String display() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
