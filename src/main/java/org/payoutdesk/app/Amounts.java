package org.payoutdesk.app;

import java.util.Locale;
import org.payoutdesk.money.Shannon;

/** How amounts look in the window: ETH with 9 decimals, exact Shannon on hover. */
public final class Amounts {
    /** CSS class for right-aligned monospaced amounts. */
    public static final String STYLE = "amount";

    private Amounts() {
    }

    public static String eth(long shannon) {
        return Shannon.formatEthFixed(shannon);
    }

    public static String ethWithUnit(long shannon) {
        return Shannon.formatEthFixed(shannon) + " ETH";
    }

    /** "1,500,000,000 Shannon": the exact stored integer, grouped for reading. */
    public static String shannonHint(long shannon) {
        return String.format(Locale.ROOT, "%,d Shannon", shannon);
    }
}
