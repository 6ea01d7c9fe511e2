package org.payoutdesk.ledger;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One matured block as the unlocker credited it: the {@code credits:all} member {@code hash:ts:reward} at score
 * {@code height}, and the sum of its {@code credits:<height>:<hash>} hash.
 *
 * @param creditedAt      unix seconds the unlocker credited it (the member's {@code ts}); the day it counts on
 * @param rewardWei       the block reward in wei, as the member holds it
 * @param creditedShannon Σ of the credits hash (Shannon credited to miners, the pool's fee address included)
 * @param miners          fields of the credits hash that parsed
 */
public record CreditedBlock(long height, String hash, long creditedAt, BigInteger rewardWei, BigInteger creditedShannon,
                            int miners) {
    public CreditedBlock {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(rewardWei, "rewardWei");
        Objects.requireNonNull(creditedShannon, "creditedShannon");
    }
}
