package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses sorted-set members and the lock value of SCHEMA.md. Never throws: a member that does not
 * parse comes back with its problems and whatever could be read (0 / null for the rest).
 */
public final class MemberParser {
    private MemberParser() { }

    /** A payments:pending member {@code login:amount} (also the lock value and journal field name). */
    public static PendingPayment pending(String member, double score) {
        List<Problem> problems = new ArrayList<>();
        long ts = FieldCheck.score("payments:pending", score, problems);
        return pending(member, ts, problems);
    }

    /** {@code login:amount} without a score, e.g. the lock value or an operator's argument. */
    public static PendingPayment pending(String member) {
        return pending(member, 0L, new ArrayList<>());
    }

    private static PendingPayment pending(String member, long ts, List<Problem> problems) {
        String raw = member == null ? "" : member;
        // The amount is after the last ':' so a login with a ':' in it is reported as a bad login.
        int colon = raw.lastIndexOf(':');
        if (colon < 0) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, "'" + raw + "' is not login:amount (no ':')"));
            return new PendingPayment(raw, raw, 0, ts, problems);
        }
        String login = raw.substring(0, colon);
        FieldCheck.login(login, problems);
        long amount = positiveAmount("amount", raw.substring(colon + 1), problems);
        return new PendingPayment(raw, login, amount, ts, problems);
    }

    /**
     * A payments:all member: {@code txHash:login:amount}, or the open-etc-pool-friends
     * {@code txHash:login:amount:txcharges} (flagged FORK_FORMAT, informational).
     */
    public static PaymentRecord payment(String member, double score) {
        List<Problem> problems = new ArrayList<>();
        String raw = member == null ? "" : member;
        long ts = FieldCheck.score("payments:all", score, problems);
        String[] parts = raw.split(":", -1);
        if (parts.length != 3 && parts.length != 4) {
            problems.add(new Problem(RowFlag.BAD_MEMBER,
                    "'" + raw + "' is not txHash:login:amount (" + parts.length + " parts)"));
            return new PaymentRecord(raw, null, null, 0, -1, ts, problems);
        }
        FieldCheck.txHash(parts[0], problems);
        FieldCheck.login(parts[1], problems);
        long amount = positiveAmount("amount", parts[2], problems);
        long charges = parts.length == 4 ? txCharges(parts[3], problems) : -1;
        return new PaymentRecord(raw, parts[0], parts[1], amount, charges, ts, problems);
    }

    /**
     * A payments:&lt;login&gt; member: {@code txHash:amount}, or the fork's
     * {@code txHash:amount:txcharges} (flagged FORK_FORMAT). The login is the key's.
     */
    public static PaymentRecord loginPayment(String login, String member, double score) {
        List<Problem> problems = new ArrayList<>();
        String raw = member == null ? "" : member;
        long ts = FieldCheck.score("payments:" + login, score, problems);
        String[] parts = raw.split(":", -1);
        if (parts.length != 2 && parts.length != 3) {
            problems.add(new Problem(RowFlag.BAD_MEMBER,
                    "'" + raw + "' is not txHash:amount (" + parts.length + " parts)"));
            return new PaymentRecord(raw, null, login, 0, -1, ts, problems);
        }
        FieldCheck.txHash(parts[0], problems);
        long amount = positiveAmount("amount", parts[1], problems);
        long charges = parts.length == 3 ? txCharges(parts[2], problems) : -1;
        return new PaymentRecord(raw, parts[0], login, amount, charges, ts, problems);
    }

    private static long txCharges(String raw, List<Problem> problems) {
        problems.add(new Problem(RowFlag.FORK_FORMAT, "open-etc-pool-friends member with txcharges " + raw));
        return FieldCheck.amount("txcharges", raw, problems);
    }

    private static long positiveAmount(String field, String raw, List<Problem> problems) {
        int before = problems.size();
        long v = FieldCheck.amount(field, raw, problems);
        if (v == 0 && problems.size() == before) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, field + " is 0: nothing was owed"));
        }
        return v;
    }
}
