package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.testing.EngineRig;

/**
 * Speed-up and cancel of a recorded payment whose transaction is not mined, with both signers: found by
 * {@code stuck}, every attempt journalled, and once one is mined, {@code resolve} leaves the ledger right.
 */
class SpeedUpCancelTest extends StuckCase {

    @ParameterizedTest
    @EnumSource(EngineRig.SignerChoice.class)
    void speedUpIsMinedAndResolveRecordsItsHash(EngineRig.SignerChoice choice) {
        try (EngineRig rig = rig(choice)) {
            PaidPayment paid = payUnmined(rig, rig.desk);
            Map<String, String> scoresBefore = rig.pool.raw.zrange("eth:payments:all");
            List<StuckPayment> stuck = rig.desk.replacements().find();
            assertEquals(1, stuck.size(), stuck.toString());
            StuckPayment s = stuck.getFirst();
            assertEquals(StuckPayment.Source.RECORDED, s.source());
            assertEquals(paid.txHash(), s.txHash());
            assertEquals(paid.nonce(), s.nonce());
            assertTrue(s.fees() != null, "the node reports its fees");

            Replacement r = rig.desk.replacements().preview(paid.txHash(), Replacement.Kind.SPEEDUP, null);
            assertEquals(s.fees().type(), r.newFees().type(), "never switching fee type");
            assertTrue(raised(r.oldFees(), r.newFees()), r.oldFees() + " -> " + r.newFees());
            assertEquals(EngineRig.wei(AMOUNT), r.valueWei());
            String hash = rig.desk.replacements().send(r);
            assertNotEquals(paid.txHash(), hash);
            List<org.payoutdesk.ledger.TxAttempt> journal = rig.ledger.attempts(paid.login() + ":" + AMOUNT);
            assertEquals(List.of("original", "speedup"), journal.stream().map(org.payoutdesk.ledger.TxAttempt::kind).toList());
            assertEquals(List.of(paid.txHash(), hash), journal.stream().map(org.payoutdesk.ledger.TxAttempt::hash).toList());

            rig.rpc.mine();
            assertEquals("0x1", rig.rpc.receiptStatus(hash));
            assertNull(rig.rpc.receiptStatus(paid.txHash()), "the original was replaced");
            assertEquals(List.of(), rig.desk.replacements().find(), "nothing stuck once mined");
            List<AttemptOutcome> settled = rig.desk.replacements().settle();
            assertEquals(List.of(AttemptOutcome.Result.REWRITTEN), settled.stream().map(AttemptOutcome::result).toList());
            assertEquals(Map.of(hash + ":" + paid.login() + ":" + AMOUNT, scoresBefore.get(paid.txHash() + ":" + paid.login() + ":" + AMOUNT)),
                    rig.pool.raw.zrange("eth:payments:all"), "rewritten to the mined hash at the same score");
            assertEquals(List.of(hash + ":" + AMOUNT), members(rig, "eth:payments:" + paid.login()));
            assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(paid.login()), "paid once");
            assertEquals(Long.toString(AMOUNT), rig.miner(paid.login()).get("paid"));
            assertEquals(List.of(), rig.ledger.attempts(paid.login() + ":" + AMOUNT));
            assertEquals(List.of(), rig.desk.resolve(), "resolve has nothing left to do");
            rig.assertSettled();
        }
    }

    @ParameterizedTest
    @EnumSource(EngineRig.SignerChoice.class)
    void cancelIsMinedAndTheMinerIsCreditedBackOnce(EngineRig.SignerChoice choice) {
        try (EngineRig rig = rig(choice)) {
            PaidPayment paid = payUnmined(rig, rig.desk);
            long financesBefore = rig.financesTotal();
            Replacement r = rig.desk.replacements().preview(paid.txHash(), Replacement.Kind.CANCEL, null);
            assertEquals(rig.poolAddress, r.to());
            assertEquals(BigInteger.ZERO, r.valueWei());
            assertEquals(r.newFees().maxCostWei(), r.maxCostWei());
            String cancel = rig.desk.replacements().send(r);
            rig.rpc.mine();
            assertEquals("0x1", rig.rpc.receiptStatus(cancel));

            rig.desk.resolve();
            Map<String, String> miner = rig.miner(paid.login());
            assertEquals(Long.toString(AMOUNT), miner.get("balance"), "credited back");
            assertEquals("0", miner.get("paid"));
            assertEquals(BigInteger.ZERO, rig.rpc.balance(paid.login()), "the money never left");
            assertEquals(Map.of(), rig.pool.raw.zrange("eth:payments:all"));
            assertEquals(Map.of(), rig.pool.raw.zrange("eth:payments:" + paid.login()));
            assertEquals(financesBefore, rig.financesTotal());

            Map<String, Object> after = rig.poolKeys();
            rig.desk.resolve();
            assertEquals(List.of(), rig.desk.replacements().settle());
            assertEquals(after, rig.poolKeys(), "credited back exactly once");
            rig.assertSettled();
            assertEquals(1, rig.desk.plan(0).payments().size(), "the next batch pays it");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineRig.SignerChoice.class)
    void originalMinedJustAsTheSpeedUpIsSentStaysPaidWithTheOriginalHash(EngineRig.SignerChoice choice) {
        try (EngineRig rig = rig(choice)) {
            PaidPayment paid = payUnmined(rig, rig.desk);
            Replacement r = rig.desk.replacements().preview(paid.txHash(), Replacement.Kind.SPEEDUP, null);
            Map<String, Object> before = rig.poolBytes();
            // The original is mined between the journal and the send: the node refuses the replacement.
            rig.desk.replacements().hook((m, step) -> {
                if (step == Replacements.Step.JOURNALLED) rig.rpc.mine();
            });
            assertThrows(PaymentException.class, () -> rig.desk.replacements().send(r));
            assertEquals("0x1", rig.rpc.receiptStatus(paid.txHash()));
            rig.desk.resolve();
            assertEquals(before, rig.poolBytes(), "PAID with the original hash, nothing else changed");
            assertEquals(Map.of(), rig.pool.raw.hgetall("eth:desk:attempts"));
            assertEquals(EngineRig.wei(AMOUNT), rig.rpc.balance(paid.login()));
        }
    }

    @ParameterizedTest
    @EnumSource(EngineRig.SignerChoice.class)
    void aSpeedUpRefusedByTheCapSendsNothing(EngineRig.SignerChoice choice) {
        try (EngineRig rig = rig(choice)) {
            PaidPayment paid = payUnmined(rig, rig.desk);
            Fees old = rig.desk.replacements().find().getFirst().fees();
            BigInteger oldMax = old.type() == Fees.Type.LEGACY ? old.gasPriceWei() : old.maxFeeWei();
            PayoutSettings s = rig.desk.settings();
            PaymentDesk capped = new PaymentDesk(rig.ledger, rig.node, rig.signer, new PayoutSettings(s.poolAddress(), s.threshold(),
                    s.requirePeers(), s.autoGas(), s.gasLimit(), s.gasPriceWei(), s.feeMode(), oldMax.add(BigInteger.ONE), null,
                    s.bgsave(), s.receiptTimeout(), s.scanDepth(), s.readOnly(), s.operator()));
            PaymentException e = assertThrows(PaymentException.class,
                    () -> capped.replacements().preview(paid.txHash(), Replacement.Kind.SPEEDUP, null));
            assertTrue(e.getMessage().contains("above desk.maxFeePerGas"), e.getMessage());
            assertEquals(Map.of(), rig.pool.raw.hgetall("eth:desk:attempts"));
        }
    }

    /** Every fee field at least +10 %. */
    static boolean raised(Fees old, Fees now) {
        if (old.type() == Fees.Type.LEGACY) return atLeastTenPercent(old.gasPriceWei(), now.gasPriceWei());
        return atLeastTenPercent(old.maxFeeWei(), now.maxFeeWei()) && atLeastTenPercent(old.maxPriorityFeeWei(), now.maxPriorityFeeWei());
    }

    private static boolean atLeastTenPercent(BigInteger old, BigInteger now) {
        return now.multiply(BigInteger.TEN).compareTo(old.multiply(BigInteger.valueOf(11))) >= 0;
    }
}
