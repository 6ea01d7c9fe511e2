package org.payoutdesk.ledger;

import java.util.List;
import java.util.regex.Pattern;

/** The checks every parser shares; none throws, each adds a {@link Problem} instead. */
final class FieldCheck {
    private static final Pattern LOGIN_ANY_CASE = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private FieldCheck() { }

    /** Adds BAD_LOGIN unless {@code login} is 0x + 40 lower-case hex digits, as the proxy stores it. */
    static boolean login(String login, List<Problem> problems) {
        if (isLogin(login)) return true;
        String why;
        if (login == null || login.isEmpty()) {
            why = "login is empty";
        } else if (login.contains(":")) {
            why = "login '" + login + "' contains ':' (the pool would truncate it at the ':')";
        } else if (LOGIN_ANY_CASE.matcher(login).matches()) {
            why = "login '" + login + "' has upper-case hex digits; the proxy stores logins in lower case";
        } else if (login.startsWith("0x") && login.length() != 42) {
            why = "login '" + login + "' has " + (login.length() - 2) + " hex digits, not 40";
        } else {
            why = "login '" + login + "' is not 0x followed by 40 hex digits";
        }
        problems.add(new Problem(RowFlag.BAD_LOGIN, why));
        return false;
    }

    /** A base-10 int64 field; missing reads 0, malformed reads 0 with BAD_NUMBER naming field and value. */
    static long number(String field, String raw, List<Problem> problems) {
        if (raw == null) return 0;
        if (isCanonicalInteger(raw)) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException overflow) {
                // 19 digits above Long.MAX_VALUE: reported below
            }
        }
        problems.add(new Problem(RowFlag.BAD_NUMBER,
                field + " is not a base-10 int64: '" + raw + "' (read as 0)"));
        return 0;
    }

    /** A Shannon amount that must not be negative: BAD_NUMBER or NEGATIVE as it deserves. */
    static long amount(String field, String raw, List<Problem> problems) {
        long v = number(field, raw, problems);
        if (v < 0) problems.add(new Problem(RowFlag.NEGATIVE, field + " is negative: " + v + " Shannon"));
        return v;
    }

    /** 0x + 40 lower-case hex digits; by hand, as 100,000 rows go through it per table load. */
    private static boolean isLogin(String s) {
        if (s == null || s.length() != 42 || s.charAt(0) != '0' || s.charAt(1) != 'x') return false;
        for (int i = 2; i < 42; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
        }
        return true;
    }

    /**
     * What Redis' HINCRBY accepts and writes: optional '-', digits, no '+', no leading zeros, no "-0".
     * Range is checked by the parse that follows.
     */
    private static boolean isCanonicalInteger(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (i == n || n > 20) return false;
        char first = s.charAt(i);
        if (first == '0') return n == 1;
        if (first < '1' || first > '9') return false;
        for (int j = i + 1; j < n; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static boolean txHash(String hash, List<Problem> problems) {
        if (hash != null && TX_HASH.matcher(hash).matches()) return true;
        problems.add(new Problem(RowFlag.BAD_MEMBER, "tx hash '" + hash + "' is not 0x followed by 64 hex digits"));
        return false;
    }

    /** A sorted-set score as unix seconds; a fractional or out-of-range score is flagged and read as 0. */
    static long score(String what, double score, List<Problem> problems) {
        if (score == Math.rint(score) && Math.abs(score) < 9.0e15) return (long) score;
        problems.add(new Problem(RowFlag.BAD_NUMBER, what + " score is not whole unix seconds: " + score + " (read as 0)"));
        return 0;
    }
}
