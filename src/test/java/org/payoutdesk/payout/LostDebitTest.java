package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedisNode;
import org.payoutdesk.sandbox.LocalSentinelGroup;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * A replica that stopped replicating before a batch is what a failover without WAIT promotes: it
 * knows nothing of the batch's debits and payments while the transfers are on chain. The next plan
 * names each such transfer and blocks, instead of paying those miners again.
 */
@ExtendWith(AnvilExtension.class)
class LostDebitTest {
    private static final long AMOUNT = 800_000_000L;

    @Test
    void transfersTheNewMasterKnowsNothingOfBlockTheNextBatchByName(LocalAnvil anvil) {
        List<String> miners = EngineRig.logins(2);
        try (LocalRedisNode master = LocalRedisNode.server(List.of());
             LocalRedisNode stale = LocalRedisNode.server(List.of("--replicaof", "127.0.0.1", Integer.toString(master.port())));
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", master.port(), EngineRig.COIN)) {
                for (String m : miners) f.credit(m, AMOUNT);
            }
            LocalSentinelGroup.awaitReplicaInSync(master, stale);
            try (GoPoolFixture s = new GoPoolFixture("127.0.0.1", stale.port(), EngineRig.COIN)) {
                s.raw.ok("REPLICAOF", "NO", "ONE"); // cut off before the batch: it will miss every write of it
            }

            try (RedisPoolLedger onMaster = ledger(master)) {
                PaymentDesk desk = desk(onMaster, node);
                PayoutPlan plan = desk.plan(0);
                assertEquals(List.of(), plan.blockers());
                BatchResult result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
                assertFalse(result.halted(), result.lastFail());
                assertEquals(2, result.paid().size());
                EngineRig.assertConfirmed(desk, result);
            }

            try (RedisPoolLedger onStale = ledger(stale)) {
                PaymentDesk desk = desk(onStale, node);
                assertEquals(AMOUNT, onStale.balance(miners.get(0)), "the stale copy shows the balance undebited");
                PayoutPlan plan = desk.plan(0);
                List<Blocker> lost = plan.blockers().stream().filter(b -> b.kind() == Blocker.Kind.UNRECORDED_TRANSFER).toList();
                assertEquals(2, lost.size(), plan.blockers().toString());
                for (String m : miners) {
                    assertTrue(lost.stream().anyMatch(b -> b.message().contains("to miner " + m)
                            && b.message().contains("is on chain but not in the ledger: its debit was lost")), lost.toString());
                }
                assertThrows(PaymentException.class, () -> desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE));
            }
        }
    }

    @Test
    void withEveryPaymentRecordedThePlanHasNoSuchBlocker(LocalAnvil anvil) {
        List<String> miners = EngineRig.logins(1);
        try (LocalRedisNode master = LocalRedisNode.server(List.of());
             Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5));
             RedisPoolLedger ledger = ledger(master)) {
            try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", master.port(), EngineRig.COIN)) {
                f.credit(miners.getFirst(), AMOUNT);
            }
            PaymentDesk desk = desk(ledger, node);
            PayoutPlan plan = desk.plan(0);
            BatchResult result = desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
            EngineRig.assertConfirmed(desk, result);
            try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", master.port(), EngineRig.COIN)) {
                f.credit(miners.getFirst(), AMOUNT);
            }
            PayoutPlan next = desk.plan(0);
            assertEquals(List.of(), next.blockers());
            assertEquals(1, next.payments().size(), "the new credit is paid, once");
        }
    }

    private static RedisPoolLedger ledger(LocalRedisNode redis) {
        return new RedisPoolLedger(new RedisEndpoint("127.0.0.1", redis.port(), 0, "", Duration.ofSeconds(2)), EngineRig.COIN);
    }

    private static PaymentDesk desk(RedisPoolLedger ledger, Web3EthNode node) {
        return new PaymentDesk(ledger, node, new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true),
                new PayoutSettings(LocalAnvil.ACCOUNT_0, EngineRig.THRESHOLD, 0, true, null, null,
                        PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "test"),
                Duration.ofMillis(100));
    }
}
