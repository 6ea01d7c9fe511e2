package org.payoutdesk.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The ground of the window tests on a real engine: one {@link #rig} per test class on the class's
 * Redis (emptied before each test) and anvil, and each test's {@link #windows}, mounted by the test.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
public abstract class EngineWindowCase {
    /** The class's engine (test classes run one after another, so one static field serves them all). */
    protected static EngineRig rig;
    @RegisterExtension
    protected final WindowRig windows = new WindowRig();

    @BeforeAll
    static void startEngine(LocalRedis redis, LocalAnvil anvil) {
        rig = new EngineRig(redis, anvil);
    }

    @AfterAll
    static void closeEngine() {
        rig.close();
    }

    @BeforeEach
    void emptyRedis() {
        rig.pool.raw.flushall();
    }
}
