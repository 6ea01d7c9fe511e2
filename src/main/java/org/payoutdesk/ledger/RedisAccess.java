package org.payoutdesk.ledger;

import java.time.Duration;
import java.util.function.Supplier;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/** The pooled Jedis client and the one place that turns Jedis errors into {@link LedgerException}s. */
final class RedisAccess implements AutoCloseable {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final RedisClient client;
    private final String display;

    RedisAccess(RedisEndpoint endpoint) {
        this.display = endpoint.display();
        Duration timeout = endpoint.timeout() == null ? DEFAULT_TIMEOUT : endpoint.timeout();
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis)
                .database(endpoint.database())
                .clientName("payout-desk");
        if (endpoint.password() != null && !endpoint.password().isEmpty()) config.password(endpoint.password());
        try {
            this.client = RedisClient.builder()
                    .hostAndPort(endpoint.host(), endpoint.port())
                    .clientConfig(config.build())
                    .build();
        } catch (JedisException e) {
            throw failure("connect", e);
        }
    }

    String display() { return display; }

    RedisClient client() { return client; }

    /** A plain connection of its own, for WATCH … MULTI … EXEC; close it to return it to the pool. */
    Jedis dedicated() {
        return new Jedis(client.getPool().getResource());
    }

    AbstractPipeline pipeline() {
        return client.pipelined();
    }

    <T> T call(String operation, Supplier<T> body) {
        try {
            return body.get();
        } catch (JedisException e) {
            throw failure(operation, e);
        }
    }

    void run(String operation, Runnable body) {
        call(operation, () -> {
            body.run();
            return null;
        });
    }

    LedgerException failure(String operation, Exception e) {
        String what = e instanceof JedisConnectionException
                ? "cannot reach Redis at " + display
                : "Redis at " + display + " refused";
        return new LedgerException(what + " (" + operation + "): " + e.getMessage(), e);
    }

    @Override
    public void close() {
        client.close();
    }
}
