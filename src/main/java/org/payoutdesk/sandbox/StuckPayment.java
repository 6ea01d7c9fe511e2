package org.payoutdesk.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * A legacy interrupted payment the seeder left in {@code payments:pending} (debit applied, no
 * WritePayment, no journal).
 *
 * @param amount      Shannon
 * @param debitTime   unix seconds, the member's score
 * @param sentOnChain the scenario: true when the pool's transaction went out before it failed
 * @param txHash      the hash the {@link TransferSender} returned; empty when it was never sent or
 *                    when the seeder ran without a sender
 */
public record StuckPayment(String login, long amount, long debitTime, boolean sentOnChain, Optional<String> txHash) {
    public StuckPayment {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(txHash, "txHash");
    }

    /** The {@code payments:pending} member and lock value: {@code login:amount}. */
    public String member() {
        return login + ":" + amount;
    }
}
