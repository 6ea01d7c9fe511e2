package org.payoutdesk.ledger;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.payoutdesk.config.RedisAddress;
import org.payoutdesk.config.RedisDeployment;
import org.payoutdesk.config.RedisSentinel;
import org.payoutdesk.config.RedisTls;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The pooled Jedis client (standalone or through Sentinel, plain or TLS, default or ACL user) and
 * the one place that turns Jedis errors into {@link LedgerException}s ({@link RedisProblems}).
 */
final class RedisAccess implements AutoCloseable {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final UnifiedJedis client;
    private final String display;
    private final RedisEndpoint endpoint;
    private final RedisProblems problems;

    RedisAccess(RedisEndpoint endpoint) {
        this.endpoint = endpoint;
        this.display = endpoint.display();
        this.problems = new RedisProblems(endpoint);
        RedisDeployment deployment = endpoint.deployment();
        Duration timeout = endpoint.timeout() == null ? DEFAULT_TIMEOUT : endpoint.timeout();
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        DefaultJedisClientConfig.Builder master = base(millis, deployment.tls())
                .database(endpoint.database())
                .clientName("payout-desk");
        if (endpoint.password() != null && !endpoint.password().isEmpty()) master.password(endpoint.password());
        deployment.user().ifPresent(master::user);
        try {
            this.client = deployment.sentinel().isPresent()
                    ? sentinelClient(deployment.sentinel().get(), master.build(),
                            base(millis, deployment.tls()).autoNegotiateProtocol(false).build())
                    : RedisClient.builder().hostAndPort(endpoint.host(), endpoint.port()).clientConfig(master.build())
                            .poolConfig(poolConfig()).build();
        } catch (JedisException e) {
            throw failure("connect", e);
        }
    }

    /** Timeouts and TLS, shared by the master's and the sentinels' connections. */
    private static DefaultJedisClientConfig.Builder base(int millis, Optional<RedisTls> tls) {
        // RESP2, as the pool's Go client speaks: the dedicated connections (WATCH/MULTI, WAIT) are plain
        // Jedis objects, which warn on every connection that they cannot auto-negotiate RESP3.
        DefaultJedisClientConfig.Builder b = DefaultJedisClientConfig.builder()
                .protocol(redis.clients.jedis.RedisProtocol.RESP2)
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis);
        tls.ifPresent(t -> b.ssl(true).sslSocketFactory(RedisTlsContext.socketFactory(t))
                .sslParameters(RedisTlsContext.parameters(t)));
        return b;
    }

    /** As the friends fork's failover client: the password and database are the master's, sentinels need none. */
    private static RedisSentinelClient sentinelClient(RedisSentinel sentinel, JedisClientConfig master, JedisClientConfig sentinels) {
        Set<HostAndPort> addrs = sentinel.sentinels().stream().map(a -> new HostAndPort(a.host(), a.port()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return RedisSentinelClient.builder().masterName(sentinel.masterName()).sentinels(addrs)
                .clientConfig(master).sentinelClientConfig(sentinels).poolConfig(poolConfig()).build();
    }

    /**
     * Jedis's pool defaults without the JMX bean commons-pool2 registers for each pool: nothing reads it,
     * and the platform MBean server it starts costs a few hundred ms of CPU before the first window.
     */
    private static ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig c = new ConnectionPoolConfig();
        c.setJmxEnabled(false);
        return c;
    }

    String display() { return display; }

    UnifiedJedis client() { return client; }

    /** The master in use now (with Sentinel: the one the sentinels last announced). */
    RedisLink link() {
        RedisDeployment d = endpoint.deployment();
        String master = client instanceof RedisSentinelClient s
                ? new RedisAddress(s.getCurrentMaster().getHost(), s.getCurrentMaster().getPort()).display()
                : new RedisAddress(endpoint.host(), endpoint.port()).display();
        return new RedisLink(master, d.tls().isPresent(), d.sentinel().map(RedisSentinel::masterName), d.user());
    }

    /** A plain connection of its own, for WATCH … MULTI … EXEC; close it to return it to the pool. */
    Jedis dedicated() {
        if (client instanceof RedisSentinelClient s) {
            return new Jedis(s.getPrimaryNodesConnectionMap().values().iterator().next().getResource());
        }
        return new Jedis(((RedisClient) client).getPool().getResource());
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
        return new LedgerException(problems.describe(operation, e), e);
    }

    @Override
    public void close() {
        client.close();
    }
}
