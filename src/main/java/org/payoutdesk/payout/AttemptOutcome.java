package org.payoutdesk.payout;

/**
 * What reconciliation did with the attempts of one recorded payment.
 *
 * @param minedHash the transaction mined at the payment's nonce; null when none of ours is
 */
public record AttemptOutcome(String member, String recordedHash, Result result, String minedHash, String evidence) {
    public enum Result {
        /** the recorded transaction itself was mined: nothing changed but the attempts cleared */
        ORIGINAL_MINED,
        /** a speed-up was mined: the recorded members now carry its hash */
        REWRITTEN,
        /** the cancel was mined: the money never left, the payment is credited back */
        CREDITED_BACK,
        /** nothing at that nonce is mined yet */
        NOT_MINED,
        /** the nonce is used by none of our attempts; left for the operator */
        NONCE_TAKEN,
        /** the node or the ledger could not be asked */
        FAILED
    }
}
