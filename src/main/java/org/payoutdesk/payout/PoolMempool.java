package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.MempoolListing;
import org.payoutdesk.money.Shannon;

/**
 * The pool's unmined transactions, read for a legacy entry before its block scan: a transfer mined after
 * this read lies in a block the scan covers, and one still unmined is in the listing. The listing is
 * trusted to be all of them only when it holds each nonce {@code latest..pending-1} exactly once and
 * nothing already mined; transactions beyond the pending nonce (queued behind a gap, or just sent) are
 * checked too but not required. Anything else is a {@link #problem()}: a match may still be named, but
 * "none of them is it" is never concluded.
 */
final class PoolMempool {
    /** Mempool transactions named one by one in evidence; the rest are counted. */
    private static final int NAMED = 10;

    private final long latest;
    private final long pending;
    private final List<ChainTx> listed;
    private final String source;
    private final String problem;

    private PoolMempool(long latest, long pending, List<ChainTx> listed, String source, String problem) {
        this.latest = latest;
        this.pending = pending;
        this.listed = listed.stream().sorted(Comparator.comparingLong(ChainTx::nonce)).toList();
        this.source = source;
        this.problem = problem;
    }

    /** The pool's nonces, and its listing when the pending nonce says something is unmined. */
    static PoolMempool read(EthNode node, String pool) {
        long latest = node.nonce(pool, BlockTag.LATEST);
        long pending = node.nonce(pool, BlockTag.PENDING);
        if (pending < latest) {
            return new PoolMempool(latest, pending, List.of(), null, "the node gives a pending nonce " + pending
                    + " below the mined one " + latest + ", so its mempool cannot be trusted");
        }
        if (pending == latest) return new PoolMempool(latest, pending, List.of(), null, null);
        MempoolListing listing;
        try {
            listing = node.mempool(pool);
        } catch (ChainException e) {
            return new PoolMempool(latest, pending, List.of(), null, "the node could not list them: " + e.getMessage());
        }
        return new PoolMempool(latest, pending, listing.transactions(), listing.source(),
                gap(latest, pending, listing));
    }

    /** Why the listing is not all of the pool's unmined transactions, or null when it is. */
    private static String gap(long latest, long pending, MempoolListing listing) {
        Set<Long> seen = new HashSet<>();
        for (ChainTx tx : listing.transactions()) {
            if (tx.nonce() < latest) {
                return listing.source() + " lists nonce " + tx.nonce() + " (" + tx.hash() + "), already mined (pool nonce "
                        + latest + "): the mempool changed while it was read";
            }
            if (!seen.add(tx.nonce())) return listing.source() + " lists nonce " + tx.nonce() + " twice";
        }
        TreeSet<Long> missing = new TreeSet<>();
        for (long n = latest; n < pending; n++) {
            if (!seen.contains(n)) missing.add(n);
        }
        if (missing.isEmpty()) return null;
        return listing.source() + " lists " + (pending - latest - missing.size()) + " of them; missing nonce"
                + (missing.size() == 1 ? " " : "s ") + (missing.size() == 1 ? missing.first() + ""
                : missing.first() + " and " + (missing.size() - 1) + " more");
    }

    /** True when the pool has nothing unmined (pending nonce = latest): nothing was listed. */
    boolean empty() {
        return pending == latest;
    }

    /** Why the mempool cannot be ruled out, or null when it is empty or completely listed. */
    String problem() {
        return problem;
    }

    /** An unmined plain transfer from the pool to {@code login} of exactly {@code wei}, lowest nonce first. */
    Optional<ChainTx> match(String login, BigInteger wei, Set<String> excluded) {
        return listed.stream()
                .filter(t -> t.plainTransfer() && t.to().map(login::equalsIgnoreCase).orElse(false)
                        && t.valueWei().equals(wei) && !excluded.contains(t.hash()))
                .findFirst();
    }

    /** "the pool's 2 transaction(s) in the mempool (nonces 7..8)". */
    String counted() {
        if (pending <= latest) return "the pool's mempool";
        return "the pool's " + (pending - latest) + " transaction(s) in the mempool (nonce"
                + (pending - latest == 1 ? " " + latest : "s " + latest + ".." + (pending - 1)) + ")";
    }

    /** Where the listing came from, for evidence: "listed by txpool_content". */
    String source() {
        return "listed by " + source;
    }

    /** Every transaction checked, named: "0xab.. (nonce 7, 0.5 ETH to 0x12..), ...". */
    String checked() {
        List<String> named = new ArrayList<>();
        for (ChainTx t : listed.subList(0, Math.min(NAMED, listed.size()))) {
            named.add(t.hash() + " (nonce " + t.nonce() + ", " + Shannon.formatWeiAsEth(t.valueWei()) + " ETH to "
                    + t.to().orElse("(contract creation)") + (t.plainTransfer() ? "" : ", with call data") + ")");
        }
        String more = listed.size() > NAMED ? " and " + (listed.size() - NAMED) + " more" : "";
        int beyond = (int) listed.stream().filter(t -> t.nonce() >= pending).count();
        return String.join(", ", named) + more + (beyond == 0 ? "" : "; " + beyond + " of them beyond the pending nonce");
    }
}
