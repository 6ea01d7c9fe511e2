package org.payoutdesk.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.web3j.utils.Numeric;

/**
 * The pool's own way: the node holds the key and signs inside {@code eth_sendTransaction
 * {from, to, value}}; {@code gas} and {@code gasPrice} are added only when autoGas is off. The hash
 * is known only when the node answers.
 */
public final class NodeAccountSigner implements Signer {
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final Pattern ZERO = Pattern.compile("0x0*");

    private final Web3EthNode node;
    private final String address;
    private final boolean autoGas;

    public NodeAccountSigner(Web3EthNode node, String poolAddress, boolean autoGas) {
        this.node = node;
        this.address = Addresses.normalise(poolAddress, "pool address");
        this.autoGas = autoGas;
    }

    @Override
    public String address() { return address; }

    @Override
    public SignerKind kind() { return SignerKind.NODE_ACCOUNT; }

    public boolean autoGas() { return autoGas; }

    @Override
    public SignerCheck checkUnlocked() {
        String signature;
        try {
            signature = node.sign(address, Numeric.toHexString(sha256("0x0")));
        } catch (ChainException e) {
            if (e.failure() != ChainFailure.REJECTED) throw e;
            return SignerCheck.locked("node " + node.endpoint() + " cannot sign for " + address
                    + " (account locked or not held by this node): " + e.getMessage());
        }
        if (signature == null || ZERO.matcher(signature).matches()) {
            return SignerCheck.locked("node " + node.endpoint() + " returned an empty signature for " + address
                    + ": the account is probably locked");
        }
        return SignerCheck.ok("node " + node.endpoint() + " signs for " + address);
    }

    @Override
    public SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees) {
        String payee = Addresses.normalise(to, "payee address");
        Addresses.checkValue(payee, valueWei, address);
        if (!autoGas && fees == null) {
            throw new IllegalArgumentException("autoGas is off: the fees (gas, gasPrice) must be given");
        }
        return new SignedTransfer(SignerKind.NODE_ACCOUNT, address, payee, valueWei, nonce,
                autoGas ? Optional.empty() : Optional.of(fees), Optional.empty(), Optional.empty());
    }

    /** A replacement carries its nonce and its bumped fees even with autoGas: the node must not choose them. */
    @Override
    public SignedTransfer signReplacement(String to, BigInteger valueWei, long nonce, Fees fees) {
        String payee = Addresses.normalise(to, "payee address");
        Addresses.checkValue(payee, valueWei, address);
        if (fees == null) throw new IllegalArgumentException("a replacement needs its fees");
        return new SignedTransfer(SignerKind.NODE_ACCOUNT, address, payee, valueWei, OptionalLong.of(nonce),
                Optional.of(fees), Optional.empty(), Optional.empty());
    }

    @Override
    public String send(SignedTransfer t) {
        if (t.signedBy() != SignerKind.NODE_ACCOUNT || !t.from().equals(address)) {
            throw new IllegalArgumentException("this transfer was not prepared by the node-account signer of " + address);
        }
        Map<String, String> tx = new LinkedHashMap<>();
        tx.put("from", address);
        tx.put("to", t.to());
        tx.put("value", Numeric.encodeQuantity(t.valueWei()));
        t.fees().ifPresent(f -> {
            tx.put("gas", Numeric.encodeQuantity(f.gasLimit()));
            if (f.type() == Fees.Type.LEGACY) {
                tx.put("gasPrice", Numeric.encodeQuantity(f.gasPriceWei()));
            } else {
                tx.put("maxFeePerGas", Numeric.encodeQuantity(f.maxFeeWei()));
                tx.put("maxPriorityFeePerGas", Numeric.encodeQuantity(f.maxPriorityFeeWei()));
            }
        });
        t.nonce().ifPresent(n -> tx.put("nonce", Numeric.encodeQuantity(BigInteger.valueOf(n))));
        String hash = node.sendTransaction(tx);
        if (hash == null || !HASH.matcher(hash).matches() || ZERO.matcher(hash).matches()) {
            // The node answered without an error, so it may well have sent it: not "certainly not sent".
            throw new ChainException(ChainFailure.BAD_RESPONSE, "eth_sendTransaction", null, "node "
                    + node.endpoint() + " accepted the transfer to " + t.to() + " but returned no usable hash ("
                    + hash + "); check the pool address's transactions before retrying", null);
        }
        return hash.toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() { return "NodeAccountSigner[" + address + " via " + node.endpoint() + "]"; }
}
