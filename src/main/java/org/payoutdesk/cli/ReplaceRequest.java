package org.payoutdesk.cli;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * speedup / cancel TX_HASH [--fee-bump PCT] [--yes].
 *
 * @param cancel  true for cancel (0 wei to the pool itself), false for speedup
 * @param feeBump percent; empty = desk.feeBump
 * @param send    --yes: really send; otherwise only show the new fees and the most it can cost
 */
public record ReplaceRequest(boolean cancel, String txHash, Optional<BigDecimal> feeBump, boolean send) {
}
