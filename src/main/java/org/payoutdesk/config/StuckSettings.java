package org.payoutdesk.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk section's keys for stuck payments and cheap gas, kept out of {@link DeskSettings}.
 *
 * @param gasCeiling     {@code desk.gasCeiling}, wei: no batch starts while the base fee (or legacy gas price) is above it
 * @param feeBumpPercent {@code desk.feeBump}: how much a speed-up or cancel raises every fee field (default 12.5)
 */
public record StuckSettings(Optional<BigInteger> gasCeiling, BigDecimal feeBumpPercent) {
    public static final BigDecimal DEFAULT_FEE_BUMP = new BigDecimal("12.5");

    public StuckSettings {
        Objects.requireNonNull(gasCeiling, "gasCeiling");
        Objects.requireNonNull(feeBumpPercent, "feeBumpPercent");
    }

    public static StuckSettings defaults() {
        return new StuckSettings(Optional.empty(), DEFAULT_FEE_BUMP);
    }
}
