package org.payoutdesk.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The pool's {@code payouts} section.
 *
 * @param address   the pool wallet, lower-case; "0x0" (the pool's example) means not set yet, which
 *                  reading accepts and paying refuses (see {@link #payingAddress()})
 * @param gas       gas limit sent when {@code autoGas} is off
 * @param gasPrice  wei, sent when {@code autoGas} is off; empty when the config has none
 * @param threshold Shannon; a payee is paid when its balance is strictly greater
 */
public record PayoutsConfig(
        boolean enabled,
        int requirePeers,
        Duration interval,
        String daemon,
        Duration timeout,
        String address,
        BigInteger gas,
        Optional<BigInteger> gasPrice,
        boolean autoGas,
        long threshold,
        boolean bgsave) {

    public static final long DEFAULT_THRESHOLD = 500_000_000L;
    public static final String UNSET_ADDRESS = "0x0";

    public PayoutsConfig {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(gasPrice, "gasPrice");
    }

    /**
     * What a config without a payouts section (or with some fields missing) means. The Go pool
     * keeps zero values there and would panic on an empty duration, so the non-zero values are
     * the pool's example config: 120m interval, 10s timeout, the local node, 21000 gas.
     */
    public static PayoutsConfig defaults() {
        return new PayoutsConfig(false, 0, Duration.ofMinutes(120), "http://127.0.0.1:8545",
                Duration.ofSeconds(10), UNSET_ADDRESS, BigInteger.valueOf(21_000), Optional.empty(),
                false, DEFAULT_THRESHOLD, false);
    }

    /** The same section paying from {@code address} through the node at {@code daemon} (the sandbox). */
    public PayoutsConfig withWallet(String daemon, String address) {
        return new PayoutsConfig(enabled, requirePeers, interval, daemon, timeout, address.toLowerCase(java.util.Locale.ROOT),
                gas, gasPrice, autoGas, threshold, bgsave);
    }

    public PayoutsConfig withThreshold(long threshold) {
        return new PayoutsConfig(enabled, requirePeers, interval, daemon, timeout, address, gas, gasPrice,
                autoGas, threshold, bgsave);
    }

    /** True when {@code address} is a real 20-byte address (not "0x0", empty or all zeros). */
    public boolean hasAddress() {
        return Addresses.isAddress(address) && !Addresses.isZero(address);
    }

    /** The wallet to pay from, or the refusal the operator should see before anything is written. */
    public String payingAddress() throws ConfigException {
        if (!hasAddress()) {
            throw new ConfigException("payouts.address: \"" + address
                    + "\" is not the pool's wallet; set it to the address payouts are sent from");
        }
        return address;
    }
}
