package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.ledger.LedgerException;
import org.payoutdesk.ledger.MemberParser;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.TxAttempt;

/**
 * Settles recorded payments with journalled attempts once their nonce is mined: the original mined
 * changes nothing, a speed-up mined rewrites the members to its hash, a cancel mined credits the
 * payment back; each in one MULTI with the HDEL of the attempts, so it happens once.
 */
final class AttemptSettler {
    private final PaymentDesk desk;

    AttemptSettler(PaymentDesk desk) {
        this.desk = desk;
    }

    private PoolLedger ledger() { return desk.ledger(); }

    private EthNode node() { return desk.node(); }

    private String pool() { return desk.settings().poolAddress(); }

    /**
     * For every recorded payment with attempts whose nonce is mined: whichever transaction at that nonce
     * was mined decides. Original: nothing changes. Speed-up: the members are rewritten to its hash.
     * Cancel: the payment is credited back. Each in one MULTI with the HDEL of its attempts, so once.
     */
    public List<AttemptOutcome> settle() {
        List<AttemptOutcome> out = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        Map<String, List<TxAttempt>> all;
        try {
            for (PendingPayment p : ledger().pendingPayments()) pending.add(p.member());
            all = ledger().allAttempts();
        } catch (LedgerException e) {
            return List.of(new AttemptOutcome("*", null, AttemptOutcome.Result.FAILED, null, e.getMessage()));
        }
        for (Map.Entry<String, List<TxAttempt>> e : all.entrySet()) {
            if (pending.contains(e.getKey())) continue; // recorded first, so this is never a pending entry's
            try {
                out.add(settle(e.getKey(), e.getValue()));
            } catch (ChainException | LedgerException | PaymentException ex) {
                out.add(new AttemptOutcome(e.getKey(), null, AttemptOutcome.Result.FAILED, null, ex.getMessage()));
            }
        }
        return out;
    }

    private AttemptOutcome settle(String member, List<TxAttempt> tried) {
        PendingPayment ref = MemberParser.pending(member);
        TxAttempt original = Replacements.original(tried);
        if (!ref.wellFormed() || original == null || original.hash() == null) {
            return new AttemptOutcome(member, null, AttemptOutcome.Result.FAILED, null, "attempts without the recorded original");
        }
        String recorded = original.hash();
        long nonce = original.nonce();
        long latest = node().nonce(pool(), BlockTag.LATEST);
        if (latest <= nonce) {
            return new AttemptOutcome(member, recorded, AttemptOutcome.Result.NOT_MINED, null,
                    "nonce " + nonce + " is not mined yet (pool nonce " + latest + ")");
        }
        TxAttempt mined = null;
        String minedHash = null;
        long block = -1;
        for (TxAttempt a : tried) {
            if (a.hash() == null) continue;
            Optional<Receipt> receipt = node().receipt(a.hash());
            if (receipt.isPresent()) {
                mined = a;
                minedHash = a.hash();
                block = receipt.get().blockNumber();
                break;
            }
        }
        if (mined == null && tried.stream().anyMatch(a -> a.hash() == null)) {
            // a node-signed attempt whose hash never reached the journal (a crash after the send): look on chain
            long since = tried.stream().filter(a -> a.hash() == null).mapToLong(TxAttempt::at).min().orElse(original.at());
            ChainTx found = sentAtNonce(ref.login(), ref.amount(), nonce, since, tried);
            if (found != null) {
                minedHash = found.hash();
                block = found.blockNumber().orElse(-1);
                boolean cancel = found.to().map(pool()::equalsIgnoreCase).orElse(false);
                String kind = cancel ? TxAttempt.CANCEL : TxAttempt.SPEEDUP;
                mined = tried.stream().filter(a -> a.hash() == null && a.kind().equals(kind)).findFirst().orElse(null);
            }
        }
        if (mined == null) {
            return new AttemptOutcome(member, recorded, AttemptOutcome.Result.NONCE_TAKEN, null, "nonce " + nonce
                    + " is used (pool nonce " + latest + ") but by none of the " + tried.size() + " transactions journalled for "
                    + member + "; check the pool's transactions at that nonce before acting");
        }
        ChainTx tx = node().transaction(minedHash).orElse(null);
        if (tx == null || tx.nonce() != nonce || !tx.from().equalsIgnoreCase(pool())) {
            return new AttemptOutcome(member, recorded, AttemptOutcome.Result.FAILED, minedHash,
                    "journalled attempt " + minedHash + " is not the pool's transaction at nonce " + nonce);
        }
        String evidence = mined.kind() + " " + minedHash + " mined at nonce " + nonce + " in block " + block;
        switch (mined.kind()) {
            case TxAttempt.ORIGINAL -> {
                ledger().clearAttempts(member);
                desk.audit("attempts-settled", Map.of("member", member, "txHash", minedHash, "evidence", evidence));
                return new AttemptOutcome(member, recorded, AttemptOutcome.Result.ORIGINAL_MINED, minedHash, evidence);
            }
            case TxAttempt.SPEEDUP -> {
                if (!tx.to().map(ref.login()::equalsIgnoreCase).orElse(false)) {
                    return new AttemptOutcome(member, recorded, AttemptOutcome.Result.FAILED, minedHash,
                            "speed-up " + minedHash + " does not pay " + ref.login());
                }
                ledger().rewritePayment(ref.login(), ref.amount(), recorded, minedHash);
                desk.audit("rewrite-payment", Map.of("member", member, "from", recorded, "txHash", minedHash, "evidence", evidence));
                return new AttemptOutcome(member, recorded, AttemptOutcome.Result.REWRITTEN, minedHash, evidence);
            }
            default -> {
                if (!tx.to().map(pool()::equalsIgnoreCase).orElse(false) || tx.valueWei().signum() != 0) {
                    return new AttemptOutcome(member, recorded, AttemptOutcome.Result.FAILED, minedHash,
                            "cancel " + minedHash + " is not a 0-value transfer to the pool");
                }
                ledger().creditBackCancelled(ref.login(), recorded, ref.amount());
                desk.audit("credit-back", Map.of("login", ref.login(), "amount", Long.toString(ref.amount()),
                        "txHash", recorded, "evidence", evidence + ": the payment never left"));
                return new AttemptOutcome(member, recorded, AttemptOutcome.Result.CREDITED_BACK, minedHash, evidence);
            }
        }
    }

    /** A mined transfer of the pool at {@code nonce}: to the payee (speed-up) or a 0-value one to itself (cancel). */
    private ChainTx sentAtNonce(String login, long amount, long nonce, long since, List<TxAttempt> tried) {
        long head = node().blockNumber();
        OptionalLong start = node().firstBlockAtOrAfter(since - Reconciler.SKEW_SECONDS);
        if (start.isEmpty()) return null;
        long from = Math.max(start.getAsLong(), head - desk.settings().scanDepth() + 1);
        List<ChainTx> candidates = new ArrayList<>();
        if (tried.stream().anyMatch(a -> a.hash() == null && a.kind().equals(TxAttempt.SPEEDUP))) {
            candidates.addAll(node().findTransfers(pool(), login, desk.rules().receivedWei(amount), from, head));
        }
        if (tried.stream().anyMatch(a -> a.hash() == null && a.cancel())) {
            candidates.addAll(node().findTransfers(pool(), pool(), BigInteger.ZERO, from, head));
        }
        return candidates.stream().filter(t -> t.nonce() == nonce).findFirst().orElse(null);
    }
}
