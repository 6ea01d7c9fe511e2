package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The search text and filter as one immutable predicate: a case-insensitive address substring
 * (compared with the model's pre-lowered login, so no allocation per row) and a {@link PayeeFilter}.
 */
public record PayeeQuery(String text, PayeeFilter filter) implements Predicate<PayeeRowModel> {
    public static final PayeeQuery ALL = new PayeeQuery("", PayeeFilter.ALL);

    public PayeeQuery {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filter = filter == null ? PayeeFilter.ALL : filter;
    }

    @Override
    public boolean test(PayeeRowModel m) {
        return filter.accepts(m) && (text.isEmpty() || m.loginLower().contains(text));
    }
}
