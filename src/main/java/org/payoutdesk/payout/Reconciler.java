package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.ScanProgress;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.JournalEntry;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;

/**
 * Gives every pending payment a verdict with evidence, from our journal (also the etclabscore
 * fork's), and for legacy entries without a journal from a bounded scan of the blocks since the
 * debit. Reads only; {@link PaymentDesk} acts on the verdicts.
 */
public final class Reconciler {
    /** Start a legacy scan a little before the debit time, for clock skew between pool and node. */
    static final long SKEW_SECONDS = 120;

    private final PoolLedger ledger;
    private final EthNode node;
    private final String pool;
    private final long scanDepth;
    private final FeeRules rules;

    public Reconciler(PoolLedger ledger, EthNode node, String poolAddress, long scanDepth) {
        this(ledger, node, poolAddress, scanDepth, FeeRules.NONE);
    }

    /** With the friends fork's fee pass-through, a payment's transfer carries amount*1e9 less the fee kept. */
    public Reconciler(PoolLedger ledger, EthNode node, String poolAddress, long scanDepth, FeeRules rules) {
        this.rules = rules;
        this.ledger = ledger;
        this.node = node;
        this.pool = poolAddress.toLowerCase(java.util.Locale.ROOT);
        this.scanDepth = scanDepth;
    }

    public List<Reconciliation> reconcileAll() {
        return reconcileAll(ReconcileProgress.NONE);
    }

    /** Every pending entry, its block scans reported to (and stoppable through) {@code progress}. */
    public List<Reconciliation> reconcileAll(ReconcileProgress progress) {
        Set<String> claimed = new HashSet<>();
        return ledger.pendingPayments().stream().map(p -> reconcile(p, claimed, progress)).toList();
    }

    public Reconciliation reconcile(PendingPayment entry) {
        return reconcile(entry, ReconcileProgress.NONE);
    }

    public Reconciliation reconcile(PendingPayment entry, ReconcileProgress progress) {
        return reconcile(entry, new HashSet<>(), progress);
    }

    /** @param claimed hashes already given to another entry in this pass (two equal entries, one tx). */
    private Reconciliation reconcile(PendingPayment entry, Set<String> claimed, ReconcileProgress progress) {
        if (!entry.wellFormed()) {
            return verdict(entry, Verdict.UNKNOWN, "the pending member '" + entry.member() + "' is malformed: "
                    + entry.problems().getFirst().reason() + "; it cannot be matched to a payment", null, null, null);
        }
        try {
            JournalEntry journal = ledger.journal(entry.member());
            Reconciliation r;
            if (journal.txHash() != null) {
                r = byHash(entry, journal, progress);
            } else if (journal.nonce().isPresent()) {
                r = byNonce(entry, journal.nonce().getAsLong(), claimed, "", progress);
            } else {
                r = byScan(entry, claimed, "no journal (a legacy entry)", OptionalLong.empty(), progress);
            }
            r.txHash().ifPresent(claimed::add);
            return r;
        } catch (ChainException e) {
            return verdict(entry, Verdict.UNKNOWN, "the node could not be asked: " + e.getMessage(), null, null, null);
        }
    }

    private Reconciliation byHash(PendingPayment entry, JournalEntry journal, ReconcileProgress progress) {
        String hash = journal.txHash();
        Long nonce = journal.nonce().isPresent() ? journal.nonce().getAsLong() : null;
        Optional<Receipt> receipt = node.receipt(hash);
        if (receipt.isPresent()) {
            Receipt r = receipt.get();
            String mismatch = mismatch(entry, node.transaction(hash).orElse(null));
            if (mismatch != null) {
                return verdict(entry, Verdict.UNKNOWN, "journalled tx " + hash + " is mined but " + mismatch, hash, nonce, r.blockNumber());
            }
            if (r.status() == Receipt.Status.FAILED) {
                return verdict(entry, Verdict.REVERTED, "journalled tx " + hash + " was mined in block "
                        + r.blockNumber() + " and reverted", hash, nonce, r.blockNumber());
            }
            return verdict(entry, Verdict.PAID, "journalled tx " + hash + " mined in block " + r.blockNumber()
                    + (r.status() == Receipt.Status.SUCCESS ? ", status success" : ", pre-Byzantium receipt"), hash, nonce, r.blockNumber());
        }
        if (node.transaction(hash).isPresent()) {
            return verdict(entry, Verdict.IN_MEMPOOL, "journalled tx " + hash + " is known to the node but not mined yet",
                    hash, nonce, null);
        }
        // The hash was journalled but the node does not know it: with a keystore the hash is journalled
        // before sending, so the send may never have happened. The nonce decides.
        if (nonce != null) {
            return byNonce(entry, nonce, new HashSet<>(), "journalled tx " + hash + " is unknown to the node; ", progress);
        }
        return verdict(entry, Verdict.UNKNOWN, "journalled tx " + hash + " is unknown to the node and no nonce was journalled",
                hash, null, null);
    }

    private Reconciliation byNonce(PendingPayment entry, long nonce, Set<String> claimed, String prefix,
                                   ReconcileProgress progress) {
        long latest = node.nonce(pool, BlockTag.LATEST);
        long pending = node.nonce(pool, BlockTag.PENDING);
        if (latest > nonce) {
            // The nonce is used; find which transfer used it.
            Reconciliation scanned = byScan(entry, claimed, prefix + "journalled nonce " + nonce + " is used (pool nonce " + latest + ")",
                    OptionalLong.of(nonce), progress);
            if (scanned.verdict() == Verdict.PAID) return scanned;
            if (scanned.verdict() == Verdict.REVERTED) return scanned;
            if (scanned.verdict() == Verdict.NOT_SENT) {
                // Every block since the debit and the whole mempool hold no transfer of this payment, so the
                // transaction that used the nonce is none of ours (another sender, e.g. the pool's own payer):
                // ours was refused or dropped, and the money never left.
                return verdict(entry, Verdict.NOT_SENT, prefix + "journalled nonce " + nonce + " was taken by a transaction"
                        + " that is not this payment (pool nonce now " + latest + "); " + scanned.evidence(), null, nonce, null);
            }
            return verdict(entry, Verdict.UNKNOWN, prefix + "journalled nonce " + nonce + " is used (pool nonce now "
                    + latest + ") but its transfer was not identified: " + scanned.evidence(), null, nonce, null);
        }
        if (pending > nonce) {
            return verdict(entry, Verdict.IN_MEMPOOL, prefix + "journalled nonce " + nonce
                    + " is taken by a transaction in the mempool (pending nonce " + pending + ", mined " + latest + ")", null, nonce, null);
        }
        return verdict(entry, Verdict.NOT_SENT, prefix + "journalled nonce " + nonce + " was never used (pool nonce "
                + latest + ", pending " + pending + "): the transaction never went out", null, nonce, null);
    }

    /** Legacy evidence: a transfer pool -> login of exactly amount*1e9 wei mined since the debit. */
    private Reconciliation byScan(PendingPayment entry, Set<String> claimed, String why, OptionalLong nonce,
                                  ReconcileProgress progress) {
        BigInteger wei = rules.receivedWei(entry.amount());
        // Read before the head: whatever the pool had mined by now is in a block the scan covers, and
        // whatever it had not is in this listing (when complete), so nothing slips between the two.
        PoolMempool mempool = PoolMempool.read(node, pool);
        long head = node.blockNumber();
        OptionalLong start = node.firstBlockAtOrAfter(entry.timestamp() - SKEW_SECONDS);
        long from = start.isPresent() ? start.getAsLong() : head + 1;
        boolean truncated = false;
        if (head - from + 1 > scanDepth) {
            from = head - scanDepth + 1;
            truncated = true;
        }
        Set<String> recorded = recordedHashes(entry.login());
        TransferScan scan = from > head ? null : scan(entry, wei, from, head, progress);
        List<ChainTx> found = scan == null ? List.of() : scan.found().stream()
                .filter(t -> !recorded.contains(t.hash()) && !claimed.contains(t.hash()))
                // a transfer with the journalled nonce is the one this payment sent; prefer it over a look-alike
                .sorted(java.util.Comparator.comparing((ChainTx t) -> nonce.isPresent() && t.nonce() != nonce.getAsLong()))
                .toList();
        if (scan != null && !scan.complete()) return stopped(entry, why, scan, found);
        String range = from > head ? "no block since the debit time" : "blocks " + from + ".." + head;
        if (!found.isEmpty()) {
            ChainTx tx = found.getFirst();
            Optional<Receipt> r = node.receipt(tx.hash());
            long block = tx.blockNumber().orElse(-1);
            if (r.isPresent() && r.get().status() == Receipt.Status.FAILED) {
                return verdict(entry, Verdict.REVERTED, why + "; transfer " + tx.hash() + " of " + Shannon.formatEth(entry.amount())
                        + " ETH found in block " + block + " but it reverted", tx.hash(), tx.nonce(), block);
            }
            return verdict(entry, Verdict.PAID, why + "; transfer " + tx.hash() + " from the pool to " + entry.login() + " of "
                    + Shannon.formatEth(entry.amount()) + " ETH found in block " + block + " (scanned " + range + ")",
                    tx.hash(), tx.nonce(), block);
        }
        Set<String> excluded = new HashSet<>(recorded);
        excluded.addAll(claimed);
        Optional<ChainTx> unmined = mempool.match(entry.login(), wei, excluded);
        if (unmined.isPresent()) {
            ChainTx tx = unmined.get();
            return verdict(entry, Verdict.IN_MEMPOOL, why + "; transfer " + tx.hash() + " (nonce " + tx.nonce()
                    + ") from the pool to " + entry.login() + " of " + Shannon.formatEth(entry.amount())
                    + " ETH is in the mempool, not mined yet (" + mempool.source() + "; none mined in " + range + ")",
                    tx.hash(), tx.nonce(), null);
        }
        if (truncated) {
            return verdict(entry, Verdict.UNKNOWN, why + "; no matching transfer in the last " + scanDepth
                    + " blocks (" + range + "), but the debit is older than that scan depth", null, null, null);
        }
        if (mempool.problem() != null) {
            return verdict(entry, Verdict.UNKNOWN, why + "; no matching transfer mined in " + range + ", but "
                    + mempool.counted() + " may hold it: " + mempool.problem(), null, null, null);
        }
        String none = "no transfer from the pool to " + entry.login() + " of " + Shannon.formatEth(entry.amount())
                + " ETH in " + range + " (every block since the debit)";
        if (mempool.empty()) {
            return verdict(entry, Verdict.NOT_SENT, why + "; " + none + " and nothing in the mempool", null, null, null);
        }
        return verdict(entry, Verdict.NOT_SENT, why + "; " + none + ", and none of " + mempool.counted() + " is it ("
                + mempool.source() + ": " + mempool.checked() + ")", null, null, null);
    }

    private TransferScan scan(PendingPayment entry, BigInteger wei, long from, long head, ReconcileProgress progress) {
        TransferScan scan = node.findTransfers(pool, entry.login(), wei, from, head, new ScanProgress() {
            @Override
            public void started(long fromBlock, long lastBlock) {
                progress.scanStarted(entry, fromBlock, lastBlock);
            }

            @Override
            public void scanned(long blocksDone, long blocksTotal, long currentBlock) {
                progress.scanned(entry, blocksDone, blocksTotal, currentBlock);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
        progress.scanEnded(entry, scan);
        return scan;
    }

    /**
     * A scan that did not reach the head proves nothing about the blocks it skipped: never NOT_SENT, and
     * not PAID either (the operator asked to stop, or the node failed). A candidate it did see is named,
     * so the operator can approve with that hash or check again.
     */
    private static Reconciliation stopped(PendingPayment entry, String why, TransferScan scan, List<ChainTx> found) {
        String seen = found.isEmpty() ? "no matching transfer in the blocks searched"
                : "transfer " + found.getFirst().hash() + " of " + Shannon.formatEth(entry.amount()) + " ETH to "
                + entry.login() + " was seen in block " + found.getFirst().blockNumber().orElse(-1) + " and may be it";
        return verdict(entry, Verdict.UNKNOWN, why + "; " + scan.describe() + "; " + seen
                + "; the rest was not searched, so whether it went out is unknown: check again", null, null, null);
    }

    /** Why a mined tx does not match this entry, or null when it does (from pool, to login, exact value). */
    String mismatch(PendingPayment entry, ChainTx tx) {
        if (tx == null) return "the node does not return the transaction";
        BigInteger wei = rules.receivedWei(entry.amount());
        String to = tx.to().orElse("(contract creation)");
        if (!tx.from().equalsIgnoreCase(pool) || !to.equalsIgnoreCase(entry.login()) || !tx.valueWei().equals(wei)) {
            return "it sends " + Shannon.formatWeiAsEth(tx.valueWei()) + " ETH from " + tx.from() + " to " + to
                    + ", not " + Shannon.formatEth(entry.amount()) + " ETH to " + entry.login();
        }
        return null;
    }

    private Set<String> recordedHashes(String login) {
        Set<String> hashes = new HashSet<>();
        for (PaymentRecord r : ledger.payments(login, 0, 1000).items()) {
            if (r.txHash() != null) hashes.add(r.txHash().toLowerCase(java.util.Locale.ROOT));
        }
        return hashes;
    }

    private static Reconciliation verdict(PendingPayment entry, Verdict v, String evidence, String hash, Long nonce, Long block) {
        return new Reconciliation(entry, v, evidence, Optional.ofNullable(hash),
                nonce == null ? OptionalLong.empty() : OptionalLong.of(nonce),
                block == null ? OptionalLong.empty() : OptionalLong.of(block));
    }
}
