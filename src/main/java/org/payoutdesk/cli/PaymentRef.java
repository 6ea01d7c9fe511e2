package org.payoutdesk.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pending payment as the operator names it: {@code LOGIN:AMOUNT}, the member of
 * {@code <coin>:payments:pending} (login lower-case as the pool stores it, amount in Shannon).
 */
public record PaymentRef(String login, long amount) {
    // No leading zeros: the member must match the pool's strconv formatting exactly.
    private static final Pattern FORM = Pattern.compile("(0x[0-9a-fA-F]{40}):([1-9][0-9]{0,18})");

    public PaymentRef {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    /** Parses "0xabc…:1500000000"; throws {@link UsageException} with a one-line reason. */
    public static PaymentRef parse(String text) throws UsageException {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new UsageException("expected LOGIN:AMOUNT (0x and 40 hex digits, a colon, a positive number of Shannon), got \""
                    + text + "\"");
        }
        if (!org.payoutdesk.config.Addresses.checksumOk(m.group(1))) {
            throw new UsageException(org.payoutdesk.config.Addresses.checksumProblem("LOGIN:AMOUNT", m.group(1)));
        }
        long amount;
        try {
            amount = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            throw new UsageException("LOGIN:AMOUNT: " + m.group(2) + " Shannon is more than a 64-bit amount");
        }
        return new PaymentRef(m.group(1).toLowerCase(Locale.ROOT), amount);
    }

    /** "login:amount", the pending member and the journal field. */
    public String member() {
        return login + ":" + amount;
    }

    @Override
    public String toString() {
        return member();
    }
}
