package org.payoutdesk.app;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.KeystoreUnlock;
import org.payoutdesk.payout.PaymentDesk;

/**
 * Everything the window needs from the outside world; Main builds it from the config.
 *
 * @param ledgerFactory      opens the pool ledger (called once, closed when the window closes); when a
 *                           deskFactory is given the ledger is the desk's and this is not called
 * @param deskFactory        opens the payout engine (node, signer, ledger); null for a window that only reads
 * @param keystoreUnlock     the keystore to unlock with a password dialog; null when the signer needs none
 * @param titleSuffix        shown after "Payout Desk" in the title (e.g. "Sandbox"); null for none
 * @param readOnly           true when the desk must never write to the ledger
 * @param explorerTxUrl      block explorer URL for a transaction, {@code {tx}} replaced by the hash; null for none
 * @param globalThreshold    the pool's {@code payouts.threshold}, Shannon
 * @param healthPeriod       how often the status bar pings Redis while it is up
 */
public record AppContext(Supplier<PoolLedger> ledgerFactory, Supplier<PaymentDesk> deskFactory,
                         KeystoreUnlock keystoreUnlock, String titleSuffix, boolean readOnly,
                         String explorerTxUrl, long globalThreshold, Duration healthPeriod) {
    public static final Duration DEFAULT_HEALTH_PERIOD = Duration.ofSeconds(5);

    public AppContext {
        Objects.requireNonNull(ledgerFactory, "ledgerFactory");
        if (globalThreshold < 0) throw new IllegalArgumentException("globalThreshold < 0");
        if (healthPeriod == null) healthPeriod = DEFAULT_HEALTH_PERIOD;
    }

    public AppContext(Supplier<PoolLedger> ledgerFactory, String titleSuffix, boolean readOnly,
                      String explorerTxUrl, long globalThreshold, Duration healthPeriod) {
        this(ledgerFactory, null, null, titleSuffix, readOnly, explorerTxUrl, globalThreshold, healthPeriod);
    }

    public AppContext(Supplier<PoolLedger> ledgerFactory, String titleSuffix, boolean readOnly,
                      String explorerTxUrl, long globalThreshold) {
        this(ledgerFactory, titleSuffix, readOnly, explorerTxUrl, globalThreshold, DEFAULT_HEALTH_PERIOD);
    }

    /** A window on the payout engine: the ledger is the engine's. */
    public static AppContext forDesk(Supplier<PaymentDesk> deskFactory, KeystoreUnlock keystoreUnlock, String titleSuffix,
                                     boolean readOnly, String explorerTxUrl, long globalThreshold) {
        return new AppContext(() -> deskFactory.get().ledger(), deskFactory, keystoreUnlock, titleSuffix, readOnly,
                explorerTxUrl, globalThreshold, DEFAULT_HEALTH_PERIOD);
    }

    /** Read-only by this context or by the engine's settings (desk.readOnly in the config). */
    public boolean readOnly(PaymentDesk desk) {
        return readOnly || (desk != null && desk.settings().readOnly());
    }

    public String title() {
        return titleSuffix == null || titleSuffix.isBlank() ? "Payout Desk" : "Payout Desk — " + titleSuffix;
    }
}
