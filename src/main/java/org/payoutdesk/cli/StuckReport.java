package org.payoutdesk.cli;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.ledger.TxAttempt;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FeeBump;
import org.payoutdesk.payout.StuckPayment;

/** stuck: every payment whose transaction is not mined, with its nonce, fees and age. */
record StuckReport(List<StuckPayment> stuck, BigInteger baseFeeWei) implements CommandResult {

    @Override
    public boolean ok() {
        return true;
    }

    @Override
    public void printText(PrintStream out) {
        if (stuck.isEmpty()) {
            out.println("Nothing stuck: every recorded payment's transaction is mined and no pending payment is in the mempool.");
            return;
        }
        out.println("Stuck payments (" + stuck.size() + ")" + (baseFeeWei == null ? "" : ", base fee " + FeeBump.gwei(baseFeeWei) + " gwei") + ":");
        for (StuckPayment s : stuck) {
            out.println("  " + s.member() + "  " + Shannon.formatEth(s.amount()) + " ETH  " + s.source().name().toLowerCase(java.util.Locale.ROOT));
            out.println("    tx " + s.txHash() + "  nonce " + s.nonce() + "  fees " + fees(s.fees())
                    + (s.belowBaseFee() ? "  BELOW THE BASE FEE: cannot be mined as it is" : ""));
            out.println("    age " + age(s.ageSeconds()) + (s.ageBlocks().isPresent() ? ", " + s.ageBlocks().getAsLong() + " blocks" : "")
                    + (s.attempts().isEmpty() ? "" : ", " + s.attempts().size() + " attempts journalled"));
        }
        out.println("Speed one up: payout-desk speedup TX_HASH --config FILE; cancel it: payout-desk cancel TX_HASH --config FILE");
    }

    static String fees(Fees f) {
        if (f == null) return "unknown";
        return f.type() == Fees.Type.LEGACY ? "gasPrice " + FeeBump.gwei(f.gasPriceWei()) + " gwei"
                : "maxFee " + FeeBump.gwei(f.maxFeeWei()) + " gwei, tip " + FeeBump.gwei(f.maxPriorityFeeWei()) + " gwei";
    }

    static String age(long seconds) {
        if (seconds < 120) return seconds + " s";
        if (seconds < 7200) return (seconds / 60) + " min";
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }

    static Map<String, Object> feesJson(Fees f) {
        if (f == null) return null;
        return f.type() == Fees.Type.LEGACY
                ? Json.obj("type", "legacy", "gasLimit", f.gasLimit().toString(), "gasPriceWei", f.gasPriceWei().toString())
                : Json.obj("type", "eip1559", "gasLimit", f.gasLimit().toString(), "maxFeePerGasWei", f.maxFeeWei().toString(),
                        "maxPriorityFeePerGasWei", f.maxPriorityFeeWei().toString());
    }

    @Override
    public Object json() {
        return Json.obj("baseFeeWei", baseFeeWei == null ? null : baseFeeWei.toString(),
                "stuck", stuck.stream().map(s -> Json.obj("source", s.source().name(), "member", s.member(), "login", s.login(),
                        "amountShannon", s.amount(), "txHash", s.txHash(), "recordedHash", s.recordedHash(), "nonce", s.nonce(),
                        "fees", feesJson(s.fees()), "valueWei", s.valueWei().toString(), "sentAt", s.sentAt(),
                        "ageSeconds", s.ageSeconds(), "ageBlocks", s.ageBlocks().isPresent() ? s.ageBlocks().getAsLong() : null,
                        "belowBaseFee", s.belowBaseFee(),
                        "attempts", s.attempts().stream().map(StuckReport::attempt).toList())).toList());
    }

    static Map<String, Object> attempt(TxAttempt a) {
        return Json.obj("hash", a.hash(), "nonce", a.nonce(), "kind", a.kind(), "fees", a.fees(), "at", a.at());
    }
}
