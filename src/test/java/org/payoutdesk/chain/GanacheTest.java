package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.sandbox.LocalGanache;
import org.payoutdesk.testing.RawRpc;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/** The happy path against a second node implementation: ganache. */
class GanacheTest {
    private static LocalGanache ganache;
    private static Web3EthNode node;

    @BeforeAll
    static void start() {
        ganache = LocalGanache.start();
        node = Web3EthNode.connect(ganache.rpcUrl(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (node != null) node.close();
        if (ganache != null) ganache.close();
    }

    @Test
    void nodeFactsAndTheDeterministicAccount() {
        assertEquals(1337L, node.chainId());
        assertEquals(PeerCount.of(0), node.peerCount(), "ganache implements net_peerCount");
        assertTrue(node.peerCount().satisfies(0));
        assertEquals(LocalGanache.ACCOUNT_0.length(), 42);
        assertTrue(new NodeAccountSigner(node, LocalGanache.ACCOUNT_0, true).checkUnlocked().unlocked());
        assertEquals(LocalGanache.DEV_BALANCE_WEI, node.balance(LocalGanache.ACCOUNT_1));
    }

    @Test
    void nodeAccountSendBalanceAndReceipt() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalGanache.ACCOUNT_0, true);
        String payee = RawRpc.randomAddress();
        BigInteger amount = new BigInteger("700000000000000003");
        BigInteger before = node.balance(LocalGanache.ACCOUNT_0);

        String hash = pool.send(pool.sign(payee, amount, OptionalLong.empty(), null));

        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        assertEquals(amount, node.balance(payee));
        assertEquals(before.subtract(amount).subtract(r.feeWei().orElseThrow()), node.balance(LocalGanache.ACCOUNT_0));
        assertEquals(1, node.findTransfers(LocalGanache.ACCOUNT_0, payee, amount, r.blockNumber(), r.blockNumber()).size());
    }

    @Test
    void keystoreSendWithThePreComputedHash(@TempDir Path dir) throws Exception {
        ECKeyPair key = ECKeyPair.create(Numeric.toBigInt(LocalGanache.ACCOUNT_0_KEY));
        Path file = dir.resolve(WalletUtils.generateWalletFile("pw", key, dir.toFile(), false));
        KeystoreSigner signer = KeystoreSigner.open(node, file, "pw".toCharArray(), LocalGanache.ACCOUNT_0);
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(signer.address(), BlockTag.PENDING);

        SignedTransfer t = signer.sign(payee, BigInteger.valueOf(31), OptionalLong.of(nonce), node.feeSuggestion().toFees());
        String hash = signer.send(t);

        assertEquals(t.hash().orElseThrow(), hash);
        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        assertEquals(Optional.of(payee), r.to());
        assertEquals(BigInteger.valueOf(31), node.balance(payee));
    }
}
