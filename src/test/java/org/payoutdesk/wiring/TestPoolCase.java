package org.payoutdesk.wiring;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RedisExtension;

/**
 * The ground of the end-to-end command-line tests: before each test (and before the subclass's own
 * {@code @BeforeEach}) an emptied Redis, the class's anvil, and a config.json on them.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
abstract class TestPoolCase {
    @TempDir
    Path dir;
    TestPool pool;
    /** The path of the default config.json ({@link TestPool#config()}). */
    String config;

    @BeforeEach
    void emptyPoolAndConfig(LocalRedis redis, LocalAnvil anvil) throws IOException {
        pool = new TestPool(redis, anvil, dir);
        pool.flush();
        config = pool.config();
    }
}
