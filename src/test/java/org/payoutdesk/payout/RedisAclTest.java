package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.config.RedisDeployment;
import org.payoutdesk.ledger.LedgerException;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;

/** An ACL user with only the commands and keys README lists: a whole batch works; less gives one clear line. */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class RedisAclTest {
    /** README's "Redis deployments" rule, for coin eth. */
    static final String RULE = "~eth:* resetchannels -@all +ping +client|setname +client|setinfo +auth +select +role +wait +type"
            + " +scan +get +setnx +del +exists +hget +hgetall +hmget +hset +hdel +hincrby"
            + " +zadd +zrem +zrange +zrevrange +zscore +zcard +multi +exec +discard +watch +unwatch +xadd +xrevrange +bgsave";

    private LocalRedis redis;
    private GoPoolFixture pool;

    @BeforeEach
    void users(LocalRedis redis) {
        this.redis = redis;
        GoPoolFixture.flushAll(redis);
        pool = new GoPoolFixture(redis, EngineRig.COIN);
        setUser("desk", "s3cret", RULE);
        setUser("noxadd", "s3cret", RULE.replace(" +xadd", ""));
    }

    private void setUser(String name, String password, String rule) {
        List<String> args = new ArrayList<>(List.of("ACL", "SETUSER", name, "reset", "on", ">" + password));
        args.addAll(List.of(rule.split(" ")));
        pool.raw.ok(args.toArray(String[]::new));
    }

    private RedisPoolLedger ledger(String user, String password) {
        return new RedisPoolLedger(new RedisEndpoint(redis.host(), redis.port(), 0, password, Duration.ofSeconds(2),
                RedisDeployment.standalone().withUser(user)), EngineRig.COIN);
    }

    @Test
    void aUserWithOnlyTheListedCommandsAndKeysPaysABatchAndResolves(LocalAnvil anvil) {
        List<String> miners = EngineRig.logins(2);
        for (String m : miners) pool.credit(m, 700_000_000L);
        try (RedisPoolLedger ledger = ledger("desk", "s3cret");
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            PaymentDesk desk = new PaymentDesk(ledger, node, new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true),
                    new PayoutSettings(LocalAnvil.ACCOUNT_0, EngineRig.THRESHOLD, 0, true, null, null,
                            PayoutSettings.FeeMode.LEGACY, null, null, true, Duration.ofSeconds(20), 10_000, false, "test"),
                    Duration.ofMillis(100));
            assertEquals(java.util.Optional.of("desk"), ledger.link().user());
            assertEquals(0, ledger.replicas());
            PayoutPlan plan = desk.plan(0);
            assertEquals(List.of(), plan.blockers());
            BatchResult result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertFalse(result.halted(), result.lastFail());
            assertEquals(2, result.paid().size());
            assertEquals(List.of(), desk.resolve());
            assertTrue(desk.audit().ledger().clean(), () -> desk.audit().ledger().violations().toString());
            assertFalse(ledger.auditTrail(10).isEmpty(), "the audit stream is written");
            for (String m : miners) assertEquals("700000000", pool.raw.hgetall(pool.key("miners", m)).get("paid"));
        }
    }

    @Test
    void aWrongPasswordIsOneLineNamingTheUser() {
        LedgerException e = assertThrows(LedgerException.class, () -> {
            try (RedisPoolLedger ledger = ledger("desk", "wrong")) {
                ledger.pingMicros();
            }
        });
        assertEquals("Redis at " + redis.endpoint() + " refused the login of user 'desk': wrong password or no such user"
                + " (redis.password, desk.redisUser) (PING)", e.getMessage());
    }

    @Test
    void aUserMissingACommandSaysWhichInOneLine() {
        try (RedisPoolLedger ledger = ledger("noxadd", "s3cret")) {
            ledger.pingMicros();
            LedgerException e = assertThrows(LedgerException.class, () -> ledger.appendAudit(Map.of("action", "test")));
            assertTrue(e.getMessage().startsWith("Redis at " + redis.endpoint() + ": ACL user 'noxadd' may not do XADD eth:desk:audit (NOPERM"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
