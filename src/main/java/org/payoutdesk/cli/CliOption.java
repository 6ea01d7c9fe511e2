package org.payoutdesk.cli;

import java.util.Optional;

/** Every option of the command line; which command takes which is in {@link CliCommand}. */
public enum CliOption {
    CONFIG("--config", "FILE", "the pool's config.json (its desk section holds our settings)"),
    TX("--tx", "HASH", "the transaction that paid it (verified on chain)"),
    YES("--yes", null, "really do it (pay: send; resolve: act on the verdicts)"),
    MAX("--max", "N", "at most N payees in this batch (biggest balances first)"),
    DAYS("--days", "N", "the last N UTC days, today included (1..366; default 30)"),
    WAIT_EACH("--wait-each", null, "wait for each transaction to be mined before the next"),
    FORCE("--force", null, "roll back even when the evidence is not conclusive"),
    READ_ONLY("--read-only", null, "never write to Redis or send a transaction"),
    FEE_BUMP("--fee-bump", "PCT", "raise every fee field by PCT % (default desk.feeBump, 12.5; at least 10)"),
    JSON("--json", null, "print one JSON document on stdout");

    private final String flag;
    private final String valueName;
    private final String help;

    CliOption(String flag, String valueName, String help) {
        this.flag = flag;
        this.valueName = valueName;
        this.help = help;
    }

    public String flag() {
        return flag;
    }

    /** FILE, N, HASH; null for a flag without a value. */
    public String valueName() {
        return valueName;
    }

    public boolean takesValue() {
        return valueName != null;
    }

    public String help() {
        return help;
    }

    /** "--max N" or "--json". */
    public String synopsis() {
        return takesValue() ? flag + " " + valueName : flag;
    }

    public static Optional<CliOption> byFlag(String flag) {
        for (CliOption o : values()) {
            if (o.flag.equals(flag)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
