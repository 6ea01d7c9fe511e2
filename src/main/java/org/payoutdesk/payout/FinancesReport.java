package org.payoutdesk.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.money.Shannon;

/**
 * The Finances view and {@code payout-desk finances}: every UTC day of the range, oldest first (empty days as
 * zeros), the current {@code finances} hash, the wallet on chain and its coverage of what is owed.
 *
 * @param walletWei     the pool wallet; empty when unknown (node down, address unset)
 * @param walletProblem why the wallet is unknown; null when it is known
 * @param problems      ledger members left out or doubtful, each naming key and value
 */
public record FinancesReport(List<FinancesDay> days, Finances finances, Optional<BigInteger> walletWei,
                             String walletProblem, List<String> problems) {
    public FinancesReport {
        days = List.copyOf(days);
        Objects.requireNonNull(finances, "finances");
        Objects.requireNonNull(walletWei, "walletWei");
        problems = List.copyOf(problems);
    }

    /** Every day of the range added up (dated on the first day). */
    public FinancesDay total() {
        FinancesDay sum = FinancesDay.empty(days.isEmpty() ? java.time.LocalDate.EPOCH : days.getFirst().day());
        for (FinancesDay d : days) sum = sum.plus(d);
        return sum;
    }

    /** finances balance + pending: what the wallet must cover, Shannon (BigInteger: two int64 fields). */
    public BigInteger owedShannon() {
        return BigInteger.valueOf(finances.balance()).add(BigInteger.valueOf(finances.pending()));
    }

    /**
     * wallet / owed × 100 rounded down to two decimals (so 100.00 only when every Shannon is covered);
     * empty when the wallet is unknown or nothing is owed.
     */
    public Optional<BigDecimal> coveragePercent() {
        BigInteger owedWei = owedShannon().multiply(Shannon.WEI_PER_SHANNON);
        if (walletWei.isEmpty() || owedWei.signum() <= 0) return Optional.empty();
        BigInteger hundredths = walletWei.get().multiply(BigInteger.valueOf(10_000)).divide(owedWei);
        return Optional.of(new BigDecimal(hundredths, 2));
    }

    /** "101.25 %", "nothing owed", or "unknown". */
    public String coverageText() {
        if (walletWei.isEmpty()) return "unknown";
        return coveragePercent().map(p -> p.toPlainString() + " %").orElse("nothing owed");
    }
}
