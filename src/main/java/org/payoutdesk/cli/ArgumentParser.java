package org.payoutdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.payoutdesk.config.Addresses;

/**
 * Turns argv into {@link Arguments}: {@code [command] [LOGIN:AMOUNT] [--option [value]]...}.
 * Options may also be written {@code --option=value}. Anything a command does not accept is refused.
 */
public final class ArgumentParser {
    private static final List<String> HELP = List.of("help", "--help", "-h");

    private ArgumentParser() {
    }

    public static Arguments parse(String... args) throws UsageException {
        if (args.length == 0) {
            return build(CliCommand.GUI, false, false, new EnumMap<>(CliOption.class), null);
        }
        String first = args[0];
        if (HELP.contains(first)) {
            return help(args);
        }
        if (first.equals("--version")) {
            if (args.length > 1) {
                throw new UsageException("--version takes nothing else");
            }
            return build(CliCommand.GUI, false, true, new EnumMap<>(CliOption.class), null);
        }
        CliCommand command;
        int start;
        if (first.startsWith("-")) {
            command = CliCommand.GUI; // "payout-desk --config pool.json" opens the window
            start = 0;
        } else {
            command = CliCommand.byName(first)
                    .orElseThrow(() -> new UsageException("unknown command \"" + first + "\""));
            start = 1;
        }
        try {
            return parseCommand(command, args, start);
        } catch (UsageException e) {
            throw e.forCommand(command);
        }
    }

    private static Arguments help(String[] args) throws UsageException {
        if (args.length == 1) {
            return build(CliCommand.GUI, true, false, new EnumMap<>(CliOption.class), null);
        }
        if (args.length == 2) {
            Optional<CliCommand> c = CliCommand.byName(args[1]);
            if (c.isPresent()) {
                return build(c.get(), true, false, new EnumMap<>(CliOption.class), null);
            }
            throw new UsageException("unknown command \"" + args[1] + "\"");
        }
        throw new UsageException("help takes at most one command name");
    }

    private static Arguments parseCommand(CliCommand command, String[] args, int start) throws UsageException {
        Map<CliOption, String> options = new EnumMap<>(CliOption.class);
        String positional = null;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return build(command, true, false, new EnumMap<>(CliOption.class), null);
            }
            if (!arg.startsWith("-")) {
                if (!(command.takesPayment() || command.takesTxHash()) || positional != null) {
                    throw new UsageException("unexpected argument \"" + arg + "\"");
                }
                positional = arg;
                continue;
            }
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            CliOption option = CliOption.byFlag(flag)
                    .orElseThrow(() -> new UsageException("unknown option " + flag));
            if (!command.accepts(option)) {
                throw new UsageException(command.commandName() + " does not take " + flag);
            }
            if (options.containsKey(option)) {
                throw new UsageException(flag + " is given twice");
            }
            String value = "";
            if (option.takesValue()) {
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException(flag + " needs a value: " + option.synopsis());
                }
                if (value.isEmpty()) {
                    throw new UsageException(flag + " needs a value: " + option.synopsis());
                }
            } else if (eq > 0) {
                throw new UsageException(flag + " takes no value");
            }
            options.put(option, value);
        }
        return build(command, false, false, options, positional);
    }

    private static Arguments build(CliCommand command, boolean help, boolean version, Map<CliOption, String> o,
            String positional) throws UsageException {
        if (!help && !version) {
            for (CliOption required : CliOption.values()) {
                if (command.requires(required) && !o.containsKey(required)) {
                    throw new UsageException(command.commandName() + " needs " + required.synopsis() + requiredWhy(required));
                }
            }
            if (command.takesPayment() && positional == null) {
                throw new UsageException(command.commandName()
                        + " needs LOGIN:AMOUNT, the pending payment (like 0x...:1500000000)");
            }
            if (command.takesTxHash() && positional == null) {
                throw new UsageException(command.commandName() + " needs TX_HASH, the stuck transaction (see payout-desk stuck)");
            }
        }
        Optional<PaymentRef> payment = positional == null || !command.takesPayment() ? Optional.empty()
                : Optional.of(PaymentRef.parse(positional));
        Optional<String> tx = command.takesTxHash() && positional != null ? txHash(positional) : tx(o.get(CliOption.TX));
        return new Arguments(command, help, version, config(o.get(CliOption.CONFIG)), o.containsKey(CliOption.JSON),
                o.containsKey(CliOption.YES), max(o.get(CliOption.MAX)), days(o.get(CliOption.DAYS)), o.containsKey(CliOption.WAIT_EACH),
                o.containsKey(CliOption.FORCE), tx, o.containsKey(CliOption.READ_ONLY), payment,
                feeBump(o.get(CliOption.FEE_BUMP)));
    }

    private static String requiredWhy(CliOption option) {
        return switch (option) {
            case CONFIG -> " (the pool's config.json)";
            case TX -> " (the transaction that paid it)";
            default -> "";
        };
    }

    private static Optional<Path> config(String value) throws UsageException {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            throw new UsageException("--config: \"" + value + "\" is not a file path");
        }
    }

    private static OptionalInt max(String value) throws UsageException {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 0) {
            return OptionalInt.of(Integer.parseInt(value));
        }
        throw new UsageException("--max: expected a positive whole number of payees, got \"" + value + "\"");
    }

    private static OptionalInt days(String value) throws UsageException {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value.matches("[0-9]{1,3}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= FinancesRequest.MAX_DAYS) {
            return OptionalInt.of(Integer.parseInt(value));
        }
        throw new UsageException("--days: expected a whole number of days from 1 to " + FinancesRequest.MAX_DAYS
                + ", got \"" + value + "\"");
    }

    private static Optional<String> txHash(String value) throws UsageException {
        if (!Addresses.isTxHash(value)) {
            throw new UsageException("TX_HASH: expected 0x and 64 hex digits, got \"" + value + "\"");
        }
        return Optional.of(value.toLowerCase(Locale.ROOT));
    }

    /** A percentage from 10 (the nodes' replacement minimum) to 1000, like 12.5. */
    private static Optional<java.math.BigDecimal> feeBump(String value) throws UsageException {
        if (value == null) {
            return Optional.empty();
        }
        if (value.matches("[0-9]{1,4}(\\.[0-9]{1,4})?")) {
            java.math.BigDecimal pct = new java.math.BigDecimal(value);
            if (pct.compareTo(java.math.BigDecimal.TEN) >= 0 && pct.compareTo(java.math.BigDecimal.valueOf(1000)) <= 0) {
                return Optional.of(pct);
            }
        }
        throw new UsageException("--fee-bump: expected a percentage from 10 (the nodes' replacement minimum) to 1000, like 12.5, got \""
                + value + "\"");
    }

    private static Optional<String> tx(String value) throws UsageException {
        if (value == null) {
            return Optional.empty();
        }
        if (!Addresses.isTxHash(value)) {
            throw new UsageException("--tx: expected 0x and 64 hex digits, got \"" + value + "\"");
        }
        return Optional.of(value.toLowerCase(Locale.ROOT));
    }
}
