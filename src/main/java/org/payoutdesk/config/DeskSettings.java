package org.payoutdesk.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Payout Desk's own additions, the optional {@code "desk"} object of config.json (the Go pool
 * ignores it, so one file serves both programs).
 *
 * @param keystore             a local key to sign with (otherwise the node signs, as in the pool);
 *                             relative paths are resolved against the config file's folder
 * @param passwordFile         the keystore's password, one line (never logged)
 * @param maxFeePerGas         EIP-1559 cap in wei; empty = whatever the node suggests
 * @param maxPriorityFeePerGas EIP-1559 tip cap in wei
 * @param confirmations        blocks on top of a payment's block before it counts as confirmed
 * @param scanDepth            blocks scanned back when looking for a legacy pending payment's transfer
 * @param explorer             a transaction link template containing {@code {hash}}
 * @param readOnly             never write to Redis or send anything
 * @param receiptTimeout       how long receipts are followed after a batch
 * @param operator             the name recorded in the audit stream
 */
public record DeskSettings(
        Optional<Path> keystore,
        Optional<Path> passwordFile,
        FeeMode fees,
        Optional<BigInteger> maxFeePerGas,
        Optional<BigInteger> maxPriorityFeePerGas,
        int confirmations,
        int scanDepth,
        Optional<String> explorer,
        boolean readOnly,
        Duration receiptTimeout,
        String operator) {

    public static final String HASH_PLACEHOLDER = "{hash}";
    public static final int DEFAULT_CONFIRMATIONS = 1;
    public static final int DEFAULT_SCAN_DEPTH = 50_000;
    public static final Duration DEFAULT_RECEIPT_TIMEOUT = Duration.ofMinutes(10);

    public DeskSettings {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(passwordFile, "passwordFile");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(receiptTimeout, "receiptTimeout");
        Objects.requireNonNull(operator, "operator");
    }

    /** No desk section: node signing, legacy fees, 1 confirmation, writable, the OS user as operator. */
    public static DeskSettings defaults() {
        return new DeskSettings(Optional.empty(), Optional.empty(), FeeMode.LEGACY, Optional.empty(),
                Optional.empty(), DEFAULT_CONFIRMATIONS, DEFAULT_SCAN_DEPTH, Optional.empty(), false,
                DEFAULT_RECEIPT_TIMEOUT, defaultOperator());
    }

    /** The OS user name, or "operator" when the JVM does not know it. */
    public static String defaultOperator() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "operator" : user;
    }

    public DeskSettings withReadOnly(boolean readOnly) {
        return new DeskSettings(keystore, passwordFile, fees, maxFeePerGas, maxPriorityFeePerGas, confirmations,
                scanDepth, explorer, readOnly, receiptTimeout, operator);
    }

    /** The explorer link for a transaction, when an explorer is configured. */
    public Optional<String> explorerLink(String txHash) {
        return explorer.map(template -> template.replace(HASH_PLACEHOLDER, txHash));
    }
}
