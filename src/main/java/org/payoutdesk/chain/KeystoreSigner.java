package org.payoutdesk.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;
import org.web3j.utils.Numeric;

/**
 * Signs locally with the key of a JSON keystore file (legacy EIP-155 or EIP-1559), so the
 * transaction hash is known before anything is sent. The key lives only in memory; the password is
 * used once to decrypt and not kept. Neither is ever logged or shown by {@link #toString()}.
 */
public final class KeystoreSigner implements Signer {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoreSigner.class);
    private static final Pattern ADDRESS_FIELD = Pattern.compile("\"address\"\\s*:\\s*\"(?:0x)?([0-9a-fA-F]{40})\"");

    /** geth/erigon "already known", parity "known transaction", anvil "already imported", nethermind "AlreadyKnown". */
    private static final Pattern ALREADY_KNOWN =
            Pattern.compile("already ?known|known transaction|already imported");

    private final Web3EthNode node;
    private final Credentials credentials;
    private final String address;
    private final Path keystore;

    private KeystoreSigner(Web3EthNode node, Credentials credentials, Path keystore) {
        this.node = node;
        this.credentials = credentials;
        this.address = credentials.getAddress().toLowerCase(Locale.ROOT);
        this.keystore = keystore;
    }

    /**
     * Decrypts {@code keystore} and checks that its key is the pool's. The caller may wipe
     * {@code password} afterwards. Throws {@link SignerConfigException} with a message for the operator.
     */
    public static KeystoreSigner open(Web3EthNode node, Path keystore, char[] password, String poolAddress) {
        String pool = Addresses.normalise(poolAddress, "pool address");
        String json;
        try {
            json = Files.readString(keystore);
        } catch (IOException e) {
            throw new SignerConfigException("cannot read the keystore file " + keystore + ": " + e.getMessage(), e);
        }
        // Cheap check first: scrypt may take seconds, and a wrong file should say so, not "wrong password".
        Matcher m = ADDRESS_FIELD.matcher(json);
        if (m.find() && !("0x" + m.group(1).toLowerCase(Locale.ROOT)).equals(pool)) {
            throw mismatch(keystore, "0x" + m.group(1).toLowerCase(Locale.ROOT), pool);
        }
        Credentials credentials;
        try {
            credentials = WalletUtils.loadJsonCredentials(new String(password), json);
        } catch (CipherException e) {
            throw new SignerConfigException("cannot decrypt the keystore " + keystore
                    + ": wrong password (or a damaged file)", e);
        } catch (IOException | RuntimeException e) {
            throw new SignerConfigException("the keystore " + keystore + " is not a valid JSON keystore: "
                    + e.getClass().getSimpleName(), null);
        }
        String keyAddress = credentials.getAddress().toLowerCase(Locale.ROOT);
        if (!keyAddress.equals(pool)) throw mismatch(keystore, keyAddress, pool);
        return new KeystoreSigner(node, credentials, keystore);
    }

    /** As {@link #open(Web3EthNode, Path, char[], String)} with the password read from a file (one trailing newline ignored). */
    public static KeystoreSigner open(Web3EthNode node, Path keystore, Path passwordFile, String poolAddress) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(passwordFile);
        } catch (IOException e) {
            throw new SignerConfigException("cannot read the keystore password file " + passwordFile + ": "
                    + e.getMessage(), e);
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        int len = chars.limit();
        if (len > 0 && chars.get(len - 1) == '\n') len--;
        if (len > 0 && chars.get(len - 1) == '\r') len--;
        char[] password = new char[len];
        chars.get(password, 0, len);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        try {
            return open(node, keystore, password, poolAddress);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static SignerConfigException mismatch(Path keystore, String keyAddress, String pool) {
        return new SignerConfigException("the keystore " + keystore + " holds the key of " + keyAddress
                + ", not of the pool address " + pool + "; point the config at the pool's keystore");
    }

    @Override
    public String address() { return address; }

    @Override
    public SignerKind kind() { return SignerKind.KEYSTORE; }

    public Path keystore() { return keystore; }

    @Override
    public SignerCheck checkUnlocked() {
        return SignerCheck.ok("keystore " + keystore.getFileName() + " is decrypted for " + address);
    }

    /** Signs locally (the chain id is read from the node once). Needs the nonce and the fees. */
    @Override
    public SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees) {
        String payee = Addresses.normalise(to, "payee address");
        Addresses.checkValue(payee, valueWei, address);
        if (nonce == null || nonce.isEmpty()) throw new IllegalArgumentException("a keystore signer needs the nonce");
        if (fees == null) throw new IllegalArgumentException("a keystore signer needs the fees");
        long chainId = node.chainId();
        BigInteger n = BigInteger.valueOf(nonce.getAsLong());
        byte[] signed;
        if (fees.type() == Fees.Type.LEGACY) {
            RawTransaction raw = RawTransaction.createEtherTransaction(n, fees.gasPriceWei(), fees.gasLimit(),
                    payee, valueWei);
            signed = TransactionEncoder.signMessage(raw, chainId, credentials);
        } else {
            RawTransaction raw = RawTransaction.createEtherTransaction(chainId, n, fees.gasLimit(), payee, valueWei,
                    fees.maxPriorityFeeWei(), fees.maxFeeWei());
            signed = TransactionEncoder.signMessage(raw, credentials);
        }
        String hash = Numeric.toHexString(Hash.sha3(signed));
        return new SignedTransfer(SignerKind.KEYSTORE, address, payee, valueWei, nonce, Optional.of(fees),
                Optional.of(hash), Optional.of(Numeric.toHexString(signed)));
    }

    @Override
    public String send(SignedTransfer t) {
        if (t.signedBy() != SignerKind.KEYSTORE || !t.from().equals(address) || t.rawTransaction().isEmpty()) {
            throw new IllegalArgumentException("this transfer was not signed by the keystore signer of " + address);
        }
        String hash = t.hash().orElseThrow();
        String reported;
        try {
            reported = node.sendRawTransaction(t.rawTransaction().get());
        } catch (ChainException e) {
            // Re-broadcasting the very same signed transaction: it is already in the node's mempool.
            String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (e.failure() == ChainFailure.REJECTED && ALREADY_KNOWN.matcher(msg).find()) {
                LOG.info("transaction {} was already known to the node", hash);
                return hash;
            }
            throw e;
        }
        if (reported != null && !reported.equalsIgnoreCase(hash)) {
            LOG.warn("node reported hash {} for transaction {} signed here; using the locally computed one", reported, hash);
        }
        return hash;
    }

    @Override
    public String toString() { return "KeystoreSigner[" + address + ", " + keystore.getFileName() + "]"; }
}
