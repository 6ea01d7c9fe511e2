package org.payoutdesk.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed command line. Only options the command accepts can be set (the parser refuses the rest).
 *
 * @param help    print the usage (of {@code command} when it was named) instead of running
 * @param version print the version instead of running
 * @param tx      --tx of approve, or the TX_HASH of speedup and cancel
 * @param feeBump --fee-bump of speedup and cancel, percent
 */
public record Arguments(
        CliCommand command,
        boolean help,
        boolean version,
        Optional<Path> config,
        boolean json,
        boolean yes,
        OptionalInt max,
        OptionalInt days,
        boolean waitEach,
        boolean force,
        Optional<String> tx,
        boolean readOnly,
        Optional<PaymentRef> payment,
        Optional<java.math.BigDecimal> feeBump) {

    public Arguments {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(feeBump, "feeBump");
    }
}
