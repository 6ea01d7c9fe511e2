package org.payoutdesk.cli;

import java.util.StringJoiner;

/** The usage texts: the general one and one per command, built from {@link CliCommand} and {@link CliOption}. */
public final class Usage {
    private Usage() {
    }

    public static String general() {
        StringJoiner s = new StringJoiner(System.lineSeparator());
        s.add("Usage:");
        for (CliCommand c : CliCommand.values()) {
            s.add("  " + c.synopsis());
        }
        s.add("  payout-desk help [COMMAND] | --help | --version");
        s.add("");
        s.add("Commands:");
        for (CliCommand c : CliCommand.values()) {
            s.add(String.format("  %-9s %s", c.commandName(), c.summary()));
        }
        s.add("");
        s.add("LOGIN:AMOUNT is a pending payment as in <coin>:payments:pending (amount in Shannon).");
        s.add("TX_HASH is a stuck payment's transaction, as payout-desk stuck lists it.");
        s.add("Exit status: 0 done, 1 halted or failed operation, 2 bad usage or config (nothing written),");
        s.add("4 pay deferred: gas is above desk.gasCeiling, nothing sent (run again later).");
        s.add("With --json, stdout is one JSON document {command, ok, result|error}; messages go to stderr.");
        return s.toString();
    }

    public static String of(CliCommand command) {
        StringJoiner s = new StringJoiner(System.lineSeparator());
        s.add("Usage: " + command.synopsis());
        s.add("  " + command.summary());
        if (command.takesPayment()) {
            s.add(String.format("  %-14s %s", "LOGIN:AMOUNT", "the pending payment, like 0x...:1500000000 (Shannon)"));
        }
        if (command.takesTxHash()) {
            s.add(String.format("  %-14s %s", "TX_HASH", "the stuck transaction (or any of its attempts), from payout-desk stuck"));
        }
        for (CliOption o : CliOption.values()) {
            if (command.accepts(o)) {
                s.add(String.format("  %-14s %s", o.synopsis(), o.help()));
            }
        }
        return s.toString();
    }
}
