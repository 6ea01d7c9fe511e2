package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.RawRpc;

/**
 * The batch's reads and the send connection: {@link EthNode#nonceAndHead} in one JSON-RPC batch gives what
 * the two calls give; a send on the kept connection to a node that died is never retried and never reported
 * as sent, and after {@link Web3EthNode#SEND_KEEP_ALIVE} idle a send gets a fresh connection again.
 */
class SendConnectionTest {
    @Test
    void nonceAndHeadIsWhatTheTwoCallsSay() {
        try (LocalAnvil anvil = LocalAnvil.start();
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            anvil.automine(false);
            for (int i = 0; i < 3; i++) pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null));
            anvil.mine(2);
            pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null));
            NonceAndHead n = node.nonceAndHead(LocalAnvil.ACCOUNT_0);
            assertEquals(node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING), n.pendingNonce());
            assertEquals(4, n.pendingNonce(), "three mined and one pending");
            assertEquals(node.blockNumber(), n.headBlock());
            assertEquals(2, n.headBlock());
        }
    }

    @Test
    void aNodeThatDiesBetweenTwoSendsFailsTheSecondWithoutRetryAndTheNextIsUnreachable() {
        LocalAnvil anvil = LocalAnvil.start();
        try (Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null));
            anvil.kill();
            assertFalse(anvil.isAlive());
            SignedTransfer t = pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null);
            // on the kept connection: a failure (never a hash, never retried), "unknown" or "unreachable"
            ChainException kept = assertThrows(ChainException.class, () -> pool.send(t));
            assertTrue(kept.failure() == ChainFailure.TIMEOUT || kept.failure() == ChainFailure.UNREACHABLE, kept.toString());
            assertEquals("eth_sendTransaction", kept.method());
            // the broken connection is dropped: the next send knows it did not go out
            ChainException next = assertThrows(ChainException.class, () -> pool.send(t));
            assertEquals(ChainFailure.UNREACHABLE, next.failure(), next.getMessage());
        } finally {
            anvil.close();
        }
    }

    @Test
    void afterTheKeepAliveASendToADeadNodeIsCertainlyNotSent() throws InterruptedException {
        LocalAnvil anvil = LocalAnvil.start();
        try (Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null));
            Thread.sleep(Web3EthNode.SEND_KEEP_ALIVE.toMillis() + 700);
            anvil.kill();
            ChainException e = assertThrows(ChainException.class,
                    () -> pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null)));
            assertEquals(ChainFailure.UNREACHABLE, e.failure(), e.getMessage());
            assertTrue(e.failure().certainlyNotSent());
        } finally {
            anvil.close();
        }
    }
}
