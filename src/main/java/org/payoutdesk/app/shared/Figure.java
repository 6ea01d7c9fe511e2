package org.payoutdesk.app.shared;

import java.math.BigInteger;
import java.util.List;

/**
 * One "name  value" row of a {@link FigureCard}, as a model holds it: the value already formatted,
 * its exact hint for the tooltip (Shannon or wei), and the style classes of its state.
 *
 * @param id     the value label gets {@code fig-<id>} as its node id
 * @param hint   tooltip text; null for none
 * @param styles extra style classes of the value ("ok-text", "danger-text", ...)
 */
public record Figure(String id, String name, String text, String hint, boolean amount, List<String> styles) {
    public Figure {
        styles = List.copyOf(styles);
    }

    /** An amount in Shannon: ETH with 9 decimals, exact Shannon on hover. */
    public static Figure amount(String id, String name, long shannon, String... styles) {
        return new Figure(id, name, Amounts.ethWithUnit(shannon), Amounts.shannonHint(shannon), true, List.of(styles));
    }

    /** A sum of Shannon that may exceed a long (totals over the whole ledger), never wrapped. */
    public static Figure amount(String id, String name, BigInteger shannon, String... styles) {
        return new Figure(id, name, Amounts.ethWithUnitOfShannon(shannon), Amounts.shannonHint(shannon), true,
                List.of(styles));
    }

    /** An amount in wei (the wallet): ETH with 9 decimals, exact wei on hover. */
    public static Figure wei(String id, String name, BigInteger wei, String... styles) {
        return new Figure(id, name, Amounts.ethWithUnit(wei), Amounts.weiHint(wei), true, List.of(styles));
    }

    /** A wei amount that must never read as less than it is (a shortfall): the 9th decimal rounds up. */
    public static Figure weiUp(String id, String name, BigInteger wei, String... styles) {
        return new Figure(id, name, Amounts.ethWithUnit(wei, java.math.RoundingMode.UP), Amounts.weiHint(wei), true,
                List.of(styles));
    }

    /** Plain text; a long one gets itself as tooltip. */
    public static Figure value(String id, String name, String text, String... styles) {
        return new Figure(id, name, text, text != null && text.length() > 24 ? text : null, false, List.of(styles));
    }

    /** The same row with another tooltip. */
    public Figure withHint(String newHint) {
        return new Figure(id, name, text, newHint, amount, styles);
    }
}
