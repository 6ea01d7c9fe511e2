package org.payoutdesk.config;

/**
 * A config file that cannot be used. The message is one line that names the JSON path and what
 * is expected, e.g. {@code payouts.timeout: "10x" is not a Go duration (like 10s, 2m, 1h30m)}.
 */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
