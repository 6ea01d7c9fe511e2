package org.payoutdesk.chain;

import java.math.BigInteger;
import java.util.Optional;

/** A mined transaction's receipt. Addresses are lower-case; {@code to} is empty for contract creation. */
public record Receipt(String hash, long blockNumber, Status status, String from, Optional<String> to,
                      BigInteger gasUsed, Optional<BigInteger> effectiveGasPrice) {
    /** UNKNOWN: a pre-Byzantium receipt without a status field; never treat it as a revert. */
    public enum Status { SUCCESS, FAILED, UNKNOWN }

    public boolean succeeded() { return status == Status.SUCCESS; }

    /** gasUsed * effectiveGasPrice in wei, when the node reports the price. */
    public Optional<BigInteger> feeWei() {
        return effectiveGasPrice.map(gasUsed::multiply);
    }
}
