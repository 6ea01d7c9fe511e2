package org.payoutdesk.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;

/**
 * The ground of the ledger tests: before each test an emptied Redis, the Go pool's raw writer on it
 * ({@link #eth}) and the ledger under test, whose clock stands at {@link #NOW}.
 */
@ExtendWith(RedisExtension.class)
abstract class LedgerCase {
    static final long NOW = 1_700_000_000L;

    LocalRedis redis;
    GoPoolFixture eth;
    RedisPoolLedger ledger;

    @BeforeEach
    void emptyLedger(LocalRedis redis) {
        this.redis = redis;
        eth = new GoPoolFixture(redis, "eth");
        eth.raw.flushall();
        ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth",
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
        eth.close();
    }
}
