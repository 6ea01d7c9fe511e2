package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.ChainRpc.hex;
import static org.payoutdesk.testing.ChainRpc.q;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.RawRpc;

/** {@link EthNode#mempool}: the sender's unmined transactions from txpool_content, else the pending block. */
class MempoolListingTest extends NodeCase {
    private static final String SENDER = LocalAnvil.ACCOUNT_1;
    private ChainRpc rpc;
    private String a;
    private String b;
    private long first;
    private List<ChainTx> pending;
    private ChainTx queued;

    /** With automine off: two transfers and a call with data from SENDER, one behind a nonce gap, one from another sender. */
    @BeforeEach
    void fillTheMempool() {
        rpc = new ChainRpc(node.endpoint());
        rpc.automine(false);
        a = RawRpc.randomAddress();
        b = RawRpc.randomAddress();
        first = rpc.nonce(SENDER, "latest");
        BigInteger odd = new BigInteger("1000000000000000007");
        String t1 = rpc.transfer(SENDER, a, odd);
        String t2 = rpc.call("eth_sendTransaction", "{\"from\":" + q(SENDER) + ",\"to\":" + q(b) + ",\"value\":\"0x2\",\"data\":\"0x01\"}");
        String gap = rpc.call("eth_sendTransaction", "{\"from\":" + q(SENDER) + ",\"to\":" + q(a) + ",\"value\":" + q(hex(odd))
                + ",\"nonce\":" + q(hex(BigInteger.valueOf(first + 5))) + "}");
        rpc.transfer(LocalAnvil.ACCOUNT_0, a, odd);
        pending = List.of(
                new ChainTx(t1, SENDER, Optional.of(a), odd, first, OptionalLong.empty(), true),
                new ChainTx(t2, SENDER, Optional.of(b), BigInteger.TWO, first + 1, OptionalLong.empty(), false));
        queued = new ChainTx(gap, SENDER, Optional.of(a), odd, first + 5, OptionalLong.empty(), true);
        assertEquals(first + 2, rpc.nonce(SENDER, "pending"));
    }

    @AfterEach
    void emptyTheMempool() {
        rpc.call("anvil_dropAllTransactions");
        rpc.automine(true);
    }

    private static List<ChainTx> byNonce(MempoolListing l) {
        return l.transactions().stream().sorted(Comparator.comparingLong(ChainTx::nonce)).toList();
    }

    @Test
    void txpoolContentListsPendingAndQueuedOfTheSenderOnly() {
        MempoolListing l = node.mempool(SENDER.toUpperCase().replace("0X", "0x"));
        assertEquals("txpool_content", l.source(), "anvil lacks txpool_contentFrom");
        assertEquals(List.of(pending.get(0), pending.get(1), queued), byNonce(l));
        assertEquals(new MempoolListing(List.of(), "txpool_content"), node.mempool(RawRpc.randomAddress()));
    }

    @Test
    void withoutTheTxpoolNamespaceThePendingBlockIsUsed() throws Exception {
        try (RefusingProxy proxy = new RefusingProxy(node.endpoint(), Set.of("txpool_contentFrom", "txpool_content"));
             Web3EthNode behind = Web3EthNode.connect(proxy.url(), Duration.ofSeconds(10))) {
            MempoolListing l = behind.mempool(SENDER);
            assertEquals("eth_getBlockByNumber(pending)", l.source());
            assertEquals(pending, byNonce(l), "a pending block holds no transaction behind a nonce gap");
        }
    }

    @Test
    void aNodeWithNoWayToListItsMempoolIsRejected() throws Exception {
        try (RefusingProxy proxy = new RefusingProxy(node.endpoint(),
                Set.of("txpool_contentFrom", "txpool_content", "eth_getBlockByNumber"));
             Web3EthNode behind = Web3EthNode.connect(proxy.url(), Duration.ofSeconds(10))) {
            ChainException e = assertThrows(ChainException.class, () -> behind.mempool(SENDER));
            assertEquals(ChainFailure.REJECTED, e.failure());
            assertEquals("eth_getBlockByNumber", e.method());
            assertTrue(e.methodNotFound(), e.getMessage());
        }
    }

    @Test
    void aBadAddressIsRefusedBeforeTheNodeIsAsked() {
        assertThrows(IllegalArgumentException.class, () -> node.mempool("0x1234"));
    }
}
