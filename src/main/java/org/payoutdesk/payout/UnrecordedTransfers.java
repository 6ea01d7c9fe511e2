package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.ScanProgress;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;

/**
 * Finds payments the ledger lost: after a Redis failover the promoted replica may lack a debit and
 * its WritePayment whose transaction had already left, so the miner's balance still holds the
 * amount and the next batch would pay it again. The chain tells: the pool account's mined nonce
 * has moved past the newest payment the ledger records. Only then are the blocks since that payment
 * scanned for the pool's transactions, and each transfer to a miner that is neither recorded nor
 * pending blocks the next batch by name.
 */
final class UnrecordedTransfers {
    /** Newest recorded payments tried as the anchor (the sandbox's seeded history has no real hashes). */
    static final int ANCHOR_TRIES = 20;

    private final PoolLedger ledger;
    private final EthNode node;
    private final String pool;
    private final long scanDepth;

    UnrecordedTransfers(PoolLedger ledger, EthNode node, String poolAddress, long scanDepth) {
        this.ledger = ledger;
        this.node = node;
        this.pool = poolAddress.toLowerCase(Locale.ROOT);
        this.scanDepth = scanDepth;
    }

    /** A blocker naming each unrecorded transfer to a miner, or one saying the check could not be done. */
    List<Blocker> check() {
        try {
            long sent = node.nonce(pool, BlockTag.LATEST);
            if (sent == 0) return List.of();
            Optional<ChainTx> anchor = anchor();
            long knownNonce = anchor.map(ChainTx::nonce).orElse(-1L);
            if (sent - 1 <= knownNonce) return List.of(); // every mined nonce is at or before a recorded payment
            long head = node.blockNumber();
            long from = anchor.map(t -> t.blockNumber().orElse(0)).orElse(0L);
            if (head - from + 1 > scanDepth) from = Math.max(0, head - scanDepth + 1);
            TransferScan scan = node.sentFrom(pool, from, Math.max(from, head), ScanProgress.NONE);
            if (!scan.complete()) {
                return List.of(cannotCheck(sent, knownNonce, scan.describe()));
            }
            List<PendingPayment> pending = ledger.pendingPayments();
            List<Blocker> out = new ArrayList<>();
            for (ChainTx tx : scan.found()) {
                if (tx.nonce() <= knownNonce || tx.to().isEmpty()) continue;
                String to = tx.to().get().toLowerCase(Locale.ROOT);
                if (ledger.payee(to).isEmpty() || recorded(to, tx.hash()) || pendingFor(pending, to, tx.valueWei())) continue;
                if (reverted(tx.hash())) continue; // mined and failed: no money left (a rolled-back or credited-back payment)
                out.add(new Blocker(Blocker.Kind.UNRECORDED_TRANSFER, "transfer " + tx.hash() + " of "
                        + Shannon.formatWeiAsEth(tx.valueWei()) + " ETH from the pool to miner " + to + " (nonce " + tx.nonce()
                        + ", block " + tx.blockNumber().orElse(-1) + ") is on chain but not in the ledger: its debit was lost"
                        + " (a Redis failover?), so the miner's balance may still hold that amount",
                        "Do not pay until it is recorded: debit the miner by that amount and record the payment with this hash"
                                + " (README, \"Failover safety\"), then plan again."));
            }
            return out;
        } catch (ChainException e) {
            return List.of(cannotCheck(-1, -1, e.getMessage()));
        }
    }

    /** The newest recorded payment the node knows as the pool's transaction: nonces up to its own are accounted for. */
    private Optional<ChainTx> anchor() {
        for (PaymentRecord r : ledger.payments(0, ANCHOR_TRIES).items()) {
            if (r.txHash() == null || !r.txHash().matches("0x[0-9a-fA-F]{64}")) continue;
            Optional<ChainTx> tx = node.transaction(r.txHash().toLowerCase(Locale.ROOT));
            if (tx.isPresent() && tx.get().mined() && tx.get().from().equalsIgnoreCase(pool)) return tx;
        }
        return Optional.empty();
    }

    private boolean reverted(String hash) {
        return node.receipt(hash).map(r -> r.status() == Receipt.Status.FAILED).orElse(false);
    }

    private boolean recorded(String login, String hash) {
        for (PaymentRecord r : ledger.payments(login, 0, 1000).items()) {
            if (hash.equalsIgnoreCase(r.txHash())) return true;
        }
        return false;
    }

    /** A pending entry of this login and amount is reconciliation's to resolve, not a lost debit. */
    private static boolean pendingFor(List<PendingPayment> pending, String login, BigInteger wei) {
        return pending.stream().anyMatch(p -> p.wellFormed() && p.login().equalsIgnoreCase(login)
                && Shannon.toWei(p.amount()).equals(wei));
    }

    private static Blocker cannotCheck(long sent, long known, String why) {
        return new Blocker(Blocker.Kind.UNRECORDED_TRANSFER, "cannot check the pool's transactions against the ledger"
                + (sent >= 0 ? " (the pool has sent " + sent + " transactions, the newest recorded payment is nonce " + known + ")" : "")
                + ": " + why, "Check the node, then plan again: a payment lost in a Redis failover would otherwise be paid twice.");
    }
}
