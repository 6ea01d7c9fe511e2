package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.payout.KeystoreUnlock;
import org.payoutdesk.payout.NodeState;
import org.payoutdesk.payout.PaymentException;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.TestKeystores;

/**
 * A keystore without a password file: the command line refuses it (exit 2 path, ConfigException),
 * the window opens it locked and unlocks it with the operator's password.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class UnlockableKeystoreTest {
    @TempDir
    Path dir;

    @Test
    void windowOpensTheKeystoreLockedAndUnlocksItWithThePassword(LocalRedis redis, LocalAnvil anvil) throws Exception {
        TestPool pool = new TestPool(redis, anvil, dir);
        Path keystore = TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, dir.resolve("keys"));
        String config = pool.config("key.json", true, "50000000000", "\"keystore\":\"" + keystore + "\"");
        DeskConfig cfg = DeskConfig.load(Path.of(config));

        ConfigException cli = assertThrows(ConfigException.class, () -> DeskAssembly.open(cfg));
        assertTrue(cli.getMessage().startsWith("desk.passwordFile: needed with desk.keystore"), cli.getMessage());

        try (AssembledDesk desk = DeskAssembly.openForWindow(cfg)) {
            KeystoreUnlock unlock = desk.keystoreUnlock();
            assertNotNull(unlock);
            assertEquals(keystore.getFileName().toString(), unlock.keystoreName());
            assertFalse(unlock.unlocked());
            NodeState locked = desk.desk().nodeState();
            assertEquals("keystore " + keystore.getFileName() + " is locked: unlock it in the window", locked.signerProblem());

            char[] wrong = "guess".toCharArray();
            PaymentException e = assertThrows(PaymentException.class, () -> unlock.unlock(wrong));
            assertEquals("cannot decrypt the keystore " + keystore + ": wrong password (or a damaged file)", e.getMessage());
            assertArrayEquals(new char[5], wrong, "the password is wiped even when it was wrong");
            assertFalse(unlock.unlocked());

            char[] right = TestKeystores.PASSWORD.toCharArray();
            unlock.unlock(right);
            assertArrayEquals(new char[right.length], right);
            assertTrue(unlock.unlocked());
            assertNull(desk.desk().nodeState().signerProblem());
        }
    }

    @Test
    void nodeAccountNeedsNoUnlock(LocalRedis redis, LocalAnvil anvil) throws Exception {
        TestPool pool = new TestPool(redis, anvil, dir);
        try (AssembledDesk desk = DeskAssembly.openForWindow(DeskConfig.load(Path.of(pool.config())))) {
            assertNull(desk.keystoreUnlock());
        }
        assertTrue(Files.exists(Path.of(pool.config())));
    }
}
