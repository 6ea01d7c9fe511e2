package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.payoutdesk.testing.EngineRig;

/**
 * Another sender on the pool's account (the pool's own payouts module left running beside Payout Desk):
 * a journalled nonce taken by its transaction is NOT_SENT once the scan and the mempool show no transfer
 * of that payment, and a batch that sees the pending nonce move under it halts before the next debit.
 */
class ForeignSenderTest extends EngineCase {
    private static final long AMOUNT = 800_000_000L;

    /**
     * A fresh miner whose payment of AMOUNT the Go pool's payer locked, debited and journalled at the
     * pool's next nonce, and then did not send; returns its login.
     */
    private static String debitedAndJournalled(EngineRig rig) {
        String login = EngineRig.freshLogin();
        rig.rpc.mine();
        rig.pool.credit(login, 2 * AMOUNT);
        rig.pool.lockPayouts(login, AMOUNT);
        rig.pool.updateBalance(login, AMOUNT, Instant.now().getEpochSecond());
        long nonce = rig.rpc.nonce(rig.poolAddress, "pending");
        rig.pool.journal(login, AMOUNT, nonce, null);
        return login;
    }

    @Test
    void aNonceTakenByAnotherSendersTransactionIsNotSent() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            String login = debitedAndJournalled(rig);
            // The Go pool's payer pays somebody else at that nonce; ours was refused ("nonce too low").
            rig.rpc.transfer(rig.poolAddress, EngineRig.freshLogin(), BigInteger.TEN.pow(15));
            rig.awaitMempoolEmpty();

            List<Reconciliation> verdicts = rig.desk.reconcile();
            assertEquals(1, verdicts.size());
            Reconciliation r = verdicts.getFirst();
            assertEquals(Verdict.NOT_SENT, r.verdict(), r.evidence());
            assertTrue(r.evidence().contains("was taken by a transaction that is not this payment"), r.evidence());
            rig.desk.resolve();
            assertEquals(Long.toString(2 * AMOUNT), rig.miner(login).get("balance"), "rolled back");
            rig.assertSettled();
        }
    }

    @Test
    void theSameNonceTakenByThisPaymentsTransferIsStillPaid() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            String login = debitedAndJournalled(rig);
            String tx = rig.rpc.transfer(rig.poolAddress, login, EngineRig.wei(AMOUNT));
            rig.awaitMempoolEmpty();
            Reconciliation r = rig.desk.reconcile().getFirst();
            assertEquals(Verdict.PAID, r.verdict(), r.evidence());
            assertEquals(tx, r.txHash().orElseThrow());
        }
    }

    @Test
    void aBatchHaltsBeforeTheNextDebitWhenAnotherSenderMovesTheNonce() {
        try (EngineRig rig = rigs.nodeAccount(EngineRig.POOL)) {
            List<String> logins = EngineRig.logins(2);
            rig.pool.credit(logins.get(0), 2 * AMOUNT);
            rig.pool.credit(logins.get(1), AMOUNT);
            PayoutPlan plan = rig.desk.plan(0);
            assertEquals(logins, plan.payments().stream().map(PlannedPayment::login).toList());
            rig.desk.payer().hook((p, s) -> {
                if (p.login().equals(logins.get(0)) && s == PaymentStep.RECORDED) {
                    rig.rpc.transfer(rig.poolAddress, EngineRig.freshLogin(), BigInteger.TEN.pow(15));
                }
            });
            BatchResult result = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            assertTrue(result.halted());
            assertTrue(result.lastFail().contains("another sender is using the pool account"), result.lastFail());
            assertEquals(1, result.paid().size());
            Map<String, String> second = rig.miner(logins.get(1));
            assertEquals(Long.toString(AMOUNT), second.get("balance"), "not debited");
            assertEquals(Map.of(), rig.pending());
            assertEquals(false, rig.pool.raw.exists("eth:payments:lock"));
        }
    }
}
