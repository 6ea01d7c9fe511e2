package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns raw Redis hashes into rows; never throws, flags every field that does not parse. */
public final class RowParser {
    /** Per-miner thresholds at or below this mean "use the global threshold" (the fork's rule). */
    public static final long USE_GLOBAL_THRESHOLD_MAX = 10;

    private RowParser() { }

    /** A {@code miners:<login>} hash plus its {@code settings:<login>} hash (either may be empty). */
    public static PayeeRow payee(String login, Map<String, String> miner, Map<String, String> settings) {
        List<Problem> problems = new ArrayList<>();
        FieldCheck.login(login, problems);
        long balance = FieldCheck.amount("balance", miner.get("balance"), problems);
        long immature = FieldCheck.amount("immature", miner.get("immature"), problems);
        long pending = FieldCheck.amount("pending", miner.get("pending"), problems);
        long paid = FieldCheck.amount("paid", miner.get("paid"), problems);
        long lastShare = FieldCheck.number("lastShare", miner.get("lastShare"), problems);
        long blocksFound = FieldCheck.number("blocksFound", miner.get("blocksFound"), problems);
        return new PayeeRow(login, balance, immature, pending, paid,
                threshold(settings, problems), lastShare, blocksFound, problems);
    }

    /** The per-miner threshold in Shannon, 0 when none is set or it means "use the global one". */
    static long threshold(Map<String, String> settings, List<Problem> problems) {
        long t = FieldCheck.number("payoutthreshold", settings.get("payoutthreshold"), problems);
        return t <= USE_GLOBAL_THRESHOLD_MAX ? 0 : t;
    }

    /** The {@code <coin>:finances} hash; txcharges is -1 when the fork's field is absent. */
    public static Finances finances(Map<String, String> hash, Problem... found) {
        List<Problem> problems = new ArrayList<>(List.of(found));
        long balance = FieldCheck.amount("balance", hash.get("balance"), problems);
        long immature = FieldCheck.amount("immature", hash.get("immature"), problems);
        long pending = FieldCheck.amount("pending", hash.get("pending"), problems);
        long paid = FieldCheck.amount("paid", hash.get("paid"), problems);
        long totalMined = FieldCheck.amount("totalMined", hash.get("totalMined"), problems);
        String charges = hash.get("txcharges");
        long txCharges = charges == null ? -1 : FieldCheck.amount("txcharges", charges, problems);
        long height = FieldCheck.number("lastCreditHeight", hash.get("lastCreditHeight"), problems);
        return new Finances(balance, immature, pending, paid, totalMined, txCharges, height,
                hash.get("lastCreditHash"), problems);
    }
}
