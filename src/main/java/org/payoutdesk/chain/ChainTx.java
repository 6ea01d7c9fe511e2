package org.payoutdesk.chain;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A transaction as the node knows it. {@code blockNumber} is empty while it is pending (in the
 * mempool). {@code plainTransfer} is true when it carries no call data (a value transfer).
 */
public record ChainTx(String hash, String from, Optional<String> to, BigInteger valueWei, long nonce,
                      OptionalLong blockNumber, boolean plainTransfer) {
    public boolean mined() { return blockNumber.isPresent(); }
}
