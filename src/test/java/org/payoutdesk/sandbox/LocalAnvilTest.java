package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.payoutdesk.testing.RawRpc;
import org.web3j.crypto.Credentials;

class LocalAnvilTest {
    @Test
    void startsWithTheChainIdAndBlockTimeAndDiesOnKill() throws Exception {
        LocalAnvil anvil = LocalAnvil.start(1, 4242);
        try {
            assertTrue(RawRpc.call(anvil.rpcUrl(), "eth_chainId", "[]").contains("\"0x1092\""));
            long first = blockNumber(anvil);
            // Two blocks come in about 2 s; a loaded machine may take longer, a stalled chain never gets there.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (blockNumber(anvil) < first + 2 && System.nanoTime() < deadline) Thread.sleep(200);
            assertTrue(blockNumber(anvil) >= first + 2, "a block per second without any transaction");
            anvil.kill();
            assertFalse(anvil.isAlive());
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", anvil.port()).close());
        } finally {
            anvil.close();
        }
    }

    @Test
    void devAccountConstantsMatchTheirKeysAndFunds() {
        assertEquals(LocalAnvil.ACCOUNT_0, Credentials.create(LocalAnvil.ACCOUNT_0_KEY).getAddress());
        assertEquals(LocalGanache.ACCOUNT_0, Credentials.create(LocalGanache.ACCOUNT_0_KEY).getAddress());
        try (LocalAnvil anvil = LocalAnvil.start()) {
            assertEquals(31337L, anvil.chainId());
            String balance = RawRpc.call(anvil.rpcUrl(), "eth_getBalance", "[\"" + LocalAnvil.ACCOUNT_1 + "\",\"latest\"]");
            assertTrue(balance.contains("\"0x" + LocalAnvil.DEV_BALANCE_WEI.toString(16) + "\""), balance);

            String pool = RawRpc.randomAddress();
            anvil.setBalance(pool, new java.math.BigInteger("123000000000000000007"));
            String funded = RawRpc.call(anvil.rpcUrl(), "eth_getBalance", "[\"" + pool + "\",\"latest\"]");
            assertTrue(funded.contains("\"0x" + new java.math.BigInteger("123000000000000000007").toString(16) + "\""), funded);
            long before = blockNumber(anvil);
            anvil.mine();
            assertEquals(before + 1, blockNumber(anvil));
        }
    }

    private static long blockNumber(LocalAnvil anvil) {
        String body = RawRpc.call(anvil.rpcUrl(), "eth_blockNumber", "[]");
        return Long.parseLong(body.replaceAll(".*\"result\"\\s*:\\s*\"0x([0-9a-f]+)\".*", "$1"), 16);
    }
}
