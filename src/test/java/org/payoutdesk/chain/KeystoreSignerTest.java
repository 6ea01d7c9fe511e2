package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.RawRpc;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

class KeystoreSignerTest extends NodeCase {
    private static final String PASSWORD = "correct horse battery staple";
    @TempDir
    static Path dir;
    private static Path keystore;
    private static Path passwordFile;

    @BeforeAll
    static void createKeystore() throws Exception {
        ECKeyPair key = ECKeyPair.create(Numeric.toBigInt(LocalAnvil.ACCOUNT_0_KEY));
        keystore = dir.resolve(WalletUtils.generateWalletFile(PASSWORD, key, dir.toFile(), false));
        passwordFile = dir.resolve("password.txt");
        Files.writeString(passwordFile, PASSWORD + "\n");
    }

    private KeystoreSigner open() {
        return KeystoreSigner.open(node, keystore, passwordFile, LocalAnvil.ACCOUNT_0);
    }

    @Test
    void legacyTransferHashIsKnownBeforeSendAndIsTheMinedOne() {
        KeystoreSigner signer = open();
        assertEquals(LocalAnvil.ACCOUNT_0, signer.address());
        assertEquals(SignerKind.KEYSTORE, signer.kind());
        assertTrue(signer.checkUnlocked().unlocked());
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(signer.address(), BlockTag.PENDING);
        BigInteger amount = new BigInteger("123456789000000000");
        BigInteger price = node.gasPrice();
        BigInteger before = node.balance(signer.address());

        SignedTransfer t = signer.sign(payee, amount, OptionalLong.of(nonce), Fees.legacy(price));
        assertTrue(t.hashKnownBeforeSend());
        String preHash = t.hash().orElseThrow();
        assertEquals(Optional.empty(), node.transaction(preHash), "nothing is sent by sign()");
        assertEquals(nonce, node.nonce(signer.address(), BlockTag.PENDING));

        String hash = signer.send(t);

        assertEquals(preHash, hash);
        Receipt r = node.awaitReceipt(preHash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        assertEquals(Optional.of(price), r.effectiveGasPrice());
        ChainTx tx = node.transaction(preHash).orElseThrow();
        assertEquals(new ChainTx(preHash, LocalAnvil.ACCOUNT_0, Optional.of(payee), amount, nonce,
                OptionalLong.of(r.blockNumber()), true), tx);
        assertEquals(amount, node.balance(payee));
        assertEquals(before.subtract(amount).subtract(price.multiply(Fees.TRANSFER_GAS)), node.balance(signer.address()));
    }

    @Test
    void eip1559TransferHashIsKnownBeforeSendAndIsTheMinedOne() {
        KeystoreSigner signer = open();
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(signer.address(), BlockTag.PENDING);
        FeeSuggestion s = node.feeSuggestion();
        BigInteger before = node.balance(signer.address());

        SignedTransfer t = signer.sign(payee, BigInteger.valueOf(999), OptionalLong.of(nonce), s.toFees());
        assertTrue(t.rawTransaction().orElseThrow().startsWith("0x02"), "a type-2 envelope");
        String hash = signer.send(t);

        assertEquals(t.hash().orElseThrow(), hash);
        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        BigInteger paid = r.effectiveGasPrice().orElseThrow();
        assertTrue(paid.compareTo(s.maxFeeWei()) <= 0 && paid.compareTo(s.priorityFeeWei()) > 0, paid + " vs " + s);
        assertEquals(BigInteger.valueOf(999), node.balance(payee));
        assertEquals(before.subtract(BigInteger.valueOf(999)).subtract(r.feeWei().orElseThrow()),
                node.balance(signer.address()));
        assertEquals(nonce + 1, node.nonce(signer.address(), BlockTag.LATEST));
    }

    @Test
    void pendingTransferIsVisibleAndResendingTheSameSignedTransferIsHarmless(LocalAnvil anvil) {
        KeystoreSigner signer = open();
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(signer.address(), BlockTag.PENDING);
        SignedTransfer t = signer.sign(payee, BigInteger.valueOf(77), OptionalLong.of(nonce), Fees.legacy(node.gasPrice()));
        RawRpc.call(anvil.rpcUrl(), "evm_setAutomine", "[false]");
        try {
            String hash = signer.send(t);
            assertEquals(hash, signer.send(t), "re-broadcast of the same signed transfer");
            ChainTx pending = node.transaction(hash).orElseThrow();
            assertFalse(pending.mined());
            assertEquals(nonce, pending.nonce());
            assertEquals(Optional.empty(), node.receipt(hash));
            assertEquals(nonce + 1, node.nonce(signer.address(), BlockTag.PENDING));
            assertEquals(nonce, node.nonce(signer.address(), BlockTag.LATEST));
            anvil.mine();
            assertTrue(node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow().succeeded());
            assertEquals(BigInteger.valueOf(77), node.balance(payee));
        } finally {
            RawRpc.call(anvil.rpcUrl(), "evm_setAutomine", "[true]");
        }
    }

    @Test
    void keystoreOfAnotherAddressIsRefused() {
        SignerConfigException e = assertThrows(SignerConfigException.class,
                () -> KeystoreSigner.open(node, keystore, passwordFile, LocalAnvil.ACCOUNT_1));
        assertTrue(e.getMessage().contains(LocalAnvil.ACCOUNT_0) && e.getMessage().contains(LocalAnvil.ACCOUNT_1),
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void keystoreWhoseAddressFieldIsMissingIsStillCheckedAfterDecrypting() throws Exception {
        Path stripped = dir.resolve("no-address.json");
        Files.writeString(stripped, Files.readString(keystore).replaceAll("\"address\"\\s*:\\s*\"[0-9a-fA-Fx]+\",?", ""));
        SignerConfigException e = assertThrows(SignerConfigException.class,
                () -> KeystoreSigner.open(node, stripped, PASSWORD.toCharArray(), LocalAnvil.ACCOUNT_1));
        assertTrue(e.getMessage().contains("not of the pool address " + LocalAnvil.ACCOUNT_1), e.getMessage());
        assertEquals(LocalAnvil.ACCOUNT_0,
                KeystoreSigner.open(node, stripped, PASSWORD.toCharArray(), LocalAnvil.ACCOUNT_0).address());
    }

    @Test
    void wrongPasswordAndMissingFileGiveClearMessages() {
        SignerConfigException wrong = assertThrows(SignerConfigException.class,
                () -> KeystoreSigner.open(node, keystore, "nope".toCharArray(), LocalAnvil.ACCOUNT_0));
        assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("nope"));
        SignerConfigException missing = assertThrows(SignerConfigException.class,
                () -> KeystoreSigner.open(node, dir.resolve("absent.json"), passwordFile, LocalAnvil.ACCOUNT_0));
        assertTrue(missing.getMessage().contains("absent.json"), missing.getMessage());
    }

    @Test
    void neitherKeyNorPasswordShowInToString() {
        KeystoreSigner signer = open();
        String text = signer + " " + signer.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.of(0),
                Fees.legacy(BigInteger.ONE));
        assertFalse(text.contains(PASSWORD));
        assertFalse(text.contains(LocalAnvil.ACCOUNT_0_KEY.substring(2)));
    }

    @Test
    void unfundedKeyIsRejectedAsCertainlyNotSent() throws Exception {
        ECKeyPair poor = Keys.createEcKeyPair();
        Path file = dir.resolve(WalletUtils.generateWalletFile("pw", poor, dir.toFile(), false));
        String address = "0x" + Keys.getAddress(poor);
        KeystoreSigner signer = KeystoreSigner.open(node, file, "pw".toCharArray(), address);
        SignedTransfer t = signer.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.of(0), Fees.legacy(node.gasPrice()));

        ChainException e = assertThrows(ChainException.class, () -> signer.send(t));

        assertEquals(ChainFailure.REJECTED, e.failure());
        assertTrue(e.failure().certainlyNotSent());
        assertEquals(Optional.empty(), node.transaction(t.hash().orElseThrow()));
    }

    @Test
    void signingNeedsNonceAndFees() {
        KeystoreSigner signer = open();
        String payee = RawRpc.randomAddress();
        assertThrows(IllegalArgumentException.class,
                () -> signer.sign(payee, BigInteger.ONE, OptionalLong.empty(), Fees.legacy(BigInteger.ONE)));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(payee, BigInteger.ONE, OptionalLong.of(1), null));
    }
}
