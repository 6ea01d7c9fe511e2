package org.payoutdesk.payout;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.EngineRigs;
import org.payoutdesk.testing.RedisExtension;

/** The ground of the engine tests: {@link #rigs} on the class's Redis, emptied before each test, and anvil. */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
abstract class EngineCase {
    EngineRigs rigs;
    /** The class's servers, for a test that runs the engine in another process on them. */
    LocalRedis redis;
    LocalAnvil anvil;

    @BeforeEach
    void emptyRedis(LocalRedis redis, LocalAnvil anvil) {
        this.redis = redis;
        this.anvil = anvil;
        rigs = EngineRigs.emptied(redis, anvil.rpcUrl());
    }
}
