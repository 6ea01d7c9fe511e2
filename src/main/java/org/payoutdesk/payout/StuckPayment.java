package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.ledger.TxAttempt;

/**
 * A payment whose transaction is not mined: recorded as paid (its member carries {@code txHash}) or
 * still pending with an IN_MEMPOOL verdict.
 *
 * @param txHash       the newest of our transactions at that nonce (the one a replacement must outbid)
 * @param recordedHash the hash its payments:all member carries; null for a pending entry
 * @param fees         the fees of {@code txHash}; null when the node does not say
 * @param sentAt       unix seconds of the record or the debit
 * @param ageBlocks    blocks mined since then; empty when unknown
 * @param baseFeeWei   the latest base fee (null on a legacy chain)
 * @param belowBaseFee its max fee (or gas price) is below the base fee: it cannot be mined as it is
 * @param attempts     every transaction journalled for it (empty before the first speed-up or cancel)
 */
public record StuckPayment(Source source, String login, long amount, String txHash, String recordedHash, long nonce,
                           Fees fees, long sentAt, long ageSeconds, OptionalLong ageBlocks, BigInteger baseFeeWei,
                           boolean belowBaseFee, BigInteger valueWei, List<TxAttempt> attempts) {
    public enum Source { RECORDED, PENDING }

    public StuckPayment {
        attempts = List.copyOf(attempts);
    }

    public String member() {
        return login + ":" + amount;
    }

    /** Every hash we sent (or are about to) at this nonce. */
    public boolean hasHash(String hash) {
        return hash.equalsIgnoreCase(txHash) || hash.equalsIgnoreCase(recordedHash)
                || attempts.stream().anyMatch(a -> hash.equalsIgnoreCase(a.hash()));
    }
}
