package org.payoutdesk.payout;

import java.math.BigInteger;
import org.payoutdesk.ledger.AuditReport;

/**
 * The ledger invariants plus "wallet balance vs owed to miners".
 *
 * @param owedShannon   finances balance + pending: what the pool owes its miners now
 * @param walletWei     null when the node could not be asked
 */
public record AuditResult(AuditReport ledger, BigInteger owedShannon, BigInteger walletWei, String walletProblem) {
    public boolean walletCovers() {
        return walletWei != null && walletWei.compareTo(org.payoutdesk.money.Shannon.toWei(owedShannon)) >= 0;
    }

    public boolean clean() {
        return ledger.clean() && walletCovers();
    }
}
