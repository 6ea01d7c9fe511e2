package org.payoutdesk.config;

import static org.payoutdesk.config.ConfigReader.bool;
import static org.payoutdesk.config.ConfigReader.field;
import static org.payoutdesk.config.ConfigReader.nonNegativeInt;
import static org.payoutdesk.config.ConfigReader.path;
import static org.payoutdesk.config.ConfigReader.poolField;
import static org.payoutdesk.config.ConfigReader.show;
import static org.payoutdesk.config.ConfigReader.string;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The pool's {@code redis} section (endpoint, password, database, poolSize and the friends fork's
 * Sentinel keys, matched like Go's encoding/json) plus our {@code desk.redisTls} and
 * {@code desk.redisUser}.
 */
final class RedisSectionReader {
    private static final String TLS_SCHEME = "rediss://";
    private static final String PLAIN_SCHEME = "redis://";
    private static final List<String> TLS_KEYS = List.of("caFile", "certFile", "keyFile", "verifyHost");

    private final Path baseDir;

    RedisSectionReader(Path baseDir) {
        this.baseDir = baseDir;
    }

    RedisConfig read(JsonNode redis, JsonNode desk) throws ConfigException {
        int poolSize = nonNegativeInt(redis, "redis", "poolSize", 0);
        int database = nonNegativeInt(redis, "redis", "database", 0);
        JsonNode passwordNode = poolField(redis, "password");
        String password = passwordNode == null ? "" : string(passwordNode, "redis.password");
        Optional<RedisSentinel> sentinel = sentinel(redis);
        JsonNode endpointNode = poolField(redis, "endpoint");
        String host = "";
        int port = 0;
        boolean tlsScheme = false;
        if (endpointNode != null || sentinel.isEmpty()) {
            if (endpointNode == null) {
                throw new ConfigException("redis.endpoint: required (host:port of the pool's Redis, like \"127.0.0.1:6379\")");
            }
            String endpoint = string(endpointNode, "redis.endpoint");
            tlsScheme = endpoint.startsWith(TLS_SCHEME);
            String bare = tlsScheme ? endpoint.substring(TLS_SCHEME.length())
                    : endpoint.startsWith(PLAIN_SCHEME) ? endpoint.substring(PLAIN_SCHEME.length()) : endpoint;
            RedisAddress a = address(bare, endpointNode, "redis.endpoint");
            host = a.host();
            port = a.port();
        }
        RedisDeployment deployment = new RedisDeployment(sentinel, tls(desk, tlsScheme), user(desk));
        return new RedisConfig(host, port, poolSize == 0 ? RedisConfig.DEFAULT_POOL_SIZE : poolSize, database,
                password, deployment);
    }

    /** As open-etc-pool-friends: Sentinel only when enabled and both masterName and sentinelAddrs are set. */
    private Optional<RedisSentinel> sentinel(JsonNode redis) throws ConfigException {
        boolean enabled = bool(poolField(redis, "sentinelEnabled"), "redis.sentinelEnabled", false);
        JsonNode nameNode = poolField(redis, "masterName");
        String name = nameNode == null ? "" : string(nameNode, "redis.masterName");
        JsonNode addrsNode = poolField(redis, "sentinelAddrs");
        List<RedisAddress> addrs = new ArrayList<>();
        if (addrsNode != null) {
            if (!addrsNode.isArray()) {
                throw new ConfigException("redis.sentinelAddrs: expected a list of \"host:port\", got " + show(addrsNode));
            }
            for (int i = 0; i < addrsNode.size(); i++) {
                String where = "redis.sentinelAddrs[" + i + "]";
                addrs.add(address(string(addrsNode.get(i), where), addrsNode.get(i), where));
            }
        }
        if (!enabled || name.isEmpty() || addrs.isEmpty()) return Optional.empty();
        return Optional.of(new RedisSentinel(name, addrs));
    }

    private Optional<RedisTls> tls(JsonNode desk, boolean tlsScheme) throws ConfigException {
        JsonNode tls = desk == null ? null : field(desk, "redisTls");
        if (tls == null) return tlsScheme ? Optional.of(RedisTls.systemTrust()) : Optional.empty();
        if (!tls.isObject()) {
            throw new ConfigException("desk.redisTls: expected an object like {\"caFile\": \"ca.crt\"}, got " + show(tls));
        }
        for (String key : tls.propertyNames()) {
            if (!TLS_KEYS.contains(key)) {
                throw new ConfigException("desk.redisTls." + key + ": unknown key (expected one of " + String.join(", ", TLS_KEYS) + ")");
            }
        }
        Optional<Path> ca = path(field(tls, "caFile"), "desk.redisTls.caFile", baseDir);
        Optional<Path> cert = path(field(tls, "certFile"), "desk.redisTls.certFile", baseDir);
        Optional<Path> key = path(field(tls, "keyFile"), "desk.redisTls.keyFile", baseDir);
        if (cert.isPresent() != key.isPresent()) {
            throw new ConfigException(cert.isPresent() ? "desk.redisTls.keyFile: required with certFile (the client certificate's key)"
                    : "desk.redisTls.certFile: required with keyFile (the client certificate)");
        }
        boolean verifyHost = bool(field(tls, "verifyHost"), "desk.redisTls.verifyHost", true);
        return Optional.of(new RedisTls(ca, cert, key, verifyHost));
    }

    private static Optional<String> user(JsonNode desk) throws ConfigException {
        JsonNode node = desk == null ? null : field(desk, "redisUser");
        if (node == null) return Optional.empty();
        String user = string(node, "desk.redisUser");
        if (user.isBlank() || user.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("desk.redisUser: expected a Redis ACL user name, got " + show(node));
        }
        return Optional.of(user);
    }

    /** host:port as Go's net.SplitHostPort takes it (an IPv6 host needs brackets). */
    private static RedisAddress address(String text, JsonNode node, String where) throws ConfigException {
        int colon = text.lastIndexOf(':');
        String host = colon > 0 ? text.substring(0, colon) : "";
        String portText = colon >= 0 ? text.substring(colon + 1) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            host = "";
        }
        if (host.isEmpty() || !portText.matches("[0-9]{1,5}")) {
            throw new ConfigException(where + ": expected host:port, got " + show(node));
        }
        int port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
            throw new ConfigException(where + ": expected a port from 1 to 65535, got " + show(node));
        }
        return new RedisAddress(host, port);
    }
}
