package org.payoutdesk.app.overview;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.payout.NodeState;
import org.payoutdesk.payout.PaymentDesk;

/**
 * Reads the pool wallet (node) and what is owed (finances), appends the pair to the sample file
 * when the node answered, and reads the kept history back for the chart.
 */
public final class WalletService extends LedgerLoad<WalletReading> {
    private final PaymentDesk desk;
    private final WalletSampleFile samples;

    public WalletService(PaymentDesk desk, WalletSampleFile samples) {
        this.desk = desk;
        this.samples = samples;
    }

    @Override
    protected Callable<WalletReading> work() {
        return () -> read(desk, samples, Instant.now().getEpochSecond());
    }

    static WalletReading read(PaymentDesk desk, WalletSampleFile samples, long now) {
        Finances f = desk.ledger().finances();
        java.math.BigInteger owed = f.owedShannon();
        NodeState node = desk.nodeState();
        String problem = null;
        List<WalletSample> history = List.of();
        try {
            // The trend file keeps int64 Shannon; a damaged finances (negative, beyond int64) is not sampled.
            if (node.nodeProblem() == null && owed.signum() >= 0 && owed.bitLength() < 64) {
                samples.append(new WalletSample(now, node.walletWei(), owed.longValueExact()));
            }
            WalletSamples read = samples.read(now);
            history = read.samples();
            if (!read.rejected().isEmpty()) problem = read.rejected().size() + " unreadable line(s) in " + samples.path() + " skipped";
        } catch (IOException | RuntimeException e) {
            problem = "wallet history " + samples.path() + ": " + e.getMessage();
        }
        return new WalletReading(node, owed, history, problem);
    }
}
