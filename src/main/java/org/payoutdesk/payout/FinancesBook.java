package org.payoutdesk.payout;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.payoutdesk.ledger.CreditedBlock;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolHistory;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.money.Shannon;

/** Builds a {@link FinancesReport}: the ledger's history of the last N UTC days grouped by day, today included. */
public final class FinancesBook {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    private static final long DAY = 86_400;

    /** The pool wallet in wei, or why it is unknown. */
    public record Wallet(Optional<BigInteger> wei, String problem) {
        public static Wallet unknown(String why) {
            return new Wallet(Optional.empty(), why);
        }
    }

    private final PoolLedger ledger;
    private final Supplier<Wallet> wallet;
    private final Clock clock;

    public FinancesBook(PoolLedger ledger, Supplier<Wallet> wallet, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.wallet = Objects.requireNonNull(wallet, "wallet");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** On the engine: the wallet is the node's balance of payouts.address (unknown while it is unset). */
    public static FinancesBook of(PaymentDesk desk, boolean addressSet, Clock clock) {
        return new FinancesBook(desk.ledger(), () -> walletOf(desk, addressSet), clock);
    }

    private static Wallet walletOf(PaymentDesk desk, boolean addressSet) {
        if (!addressSet || desk.settings().poolAddress() == null) return Wallet.unknown("payouts.address is not set");
        try {
            return new Wallet(Optional.of(desk.node().balance(desk.settings().poolAddress())), null);
        } catch (RuntimeException e) {
            return Wallet.unknown("node: " + e.getMessage());
        }
    }

    /** The last {@code days} UTC days, today the last of them. */
    public FinancesReport report(int days) {
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ", got " + days);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        long from = first.toEpochDay() * DAY;
        long to = (today.toEpochDay() + 1) * DAY;
        PoolHistory history = ledger.history(from, to);
        Finances finances = ledger.finances();
        Wallet w = wallet.get();
        List<String> problems = new ArrayList<>();
        for (Problem p : history.problems()) problems.add(p.reason());
        for (Problem p : finances.problems()) problems.add(p.reason());
        return new FinancesReport(byDay(first, days, history), finances, w.wei(), w.problem(), problems);
    }

    static List<FinancesDay> byDay(LocalDate first, int days, PoolHistory history) {
        TreeMap<LocalDate, FinancesDay> map = new TreeMap<>();
        for (int i = 0; i < days; i++) map.put(first.plusDays(i), FinancesDay.empty(first.plusDays(i)));
        for (CreditedBlock b : history.blocks()) {
            LocalDate day = dayOf(b.creditedAt());
            FinancesDay d = map.get(day);
            if (d == null) continue; // outside the range asked for
            BigInteger kept = b.rewardWei().subtract(b.creditedShannon().multiply(Shannon.WEI_PER_SHANNON));
            map.put(day, d.plus(new FinancesDay(day, 1, b.rewardWei(), b.creditedShannon(), kept, 0, BigInteger.ZERO,
                    BigInteger.ZERO)));
        }
        for (PaymentRecord p : history.payments()) {
            LocalDate day = dayOf(p.timestamp());
            FinancesDay d = map.get(day);
            if (d == null) continue;
            BigInteger fees = p.txCharges() > 0 ? BigInteger.valueOf(p.txCharges()) : BigInteger.ZERO;
            map.put(day, d.plus(new FinancesDay(day, 0, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, 1,
                    BigInteger.valueOf(p.amount()), fees)));
        }
        return List.copyOf(map.values());
    }

    private static LocalDate dayOf(long unixSeconds) {
        return LocalDate.ofEpochDay(Math.floorDiv(unixSeconds, DAY));
    }
}
