package org.payoutdesk.cli;

import static org.payoutdesk.cli.CliOption.CONFIG;
import static org.payoutdesk.cli.CliOption.DAYS;
import static org.payoutdesk.cli.CliOption.FEE_BUMP;
import static org.payoutdesk.cli.CliOption.FORCE;
import static org.payoutdesk.cli.CliOption.JSON;
import static org.payoutdesk.cli.CliOption.MAX;
import static org.payoutdesk.cli.CliOption.READ_ONLY;
import static org.payoutdesk.cli.CliOption.TX;
import static org.payoutdesk.cli.CliOption.WAIT_EACH;
import static org.payoutdesk.cli.CliOption.YES;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The subcommands of DESIGN.md "Command line", each with the options it accepts and requires. */
public enum CliCommand {
    GUI("the desktop app (the default)", false, EnumSet.of(CONFIG, READ_ONLY), EnumSet.noneOf(CliOption.class)),
    SANDBOX("the desktop app on a built-in Redis and dev chain", false, EnumSet.of(READ_ONLY),
            EnumSet.noneOf(CliOption.class)),
    STATUS("Redis, node, wallet, lock and pending payments at a glance", false, EnumSet.of(CONFIG, JSON),
            EnumSet.of(CONFIG)),
    PLAN("the batch a payout would send now (writes nothing)", false, EnumSet.of(CONFIG, MAX, JSON), EnumSet.of(CONFIG)),
    PAY("send the planned batch (without --yes: only show it)", false, EnumSet.of(CONFIG, YES, MAX, WAIT_EACH, JSON),
            EnumSet.of(CONFIG)),
    RESOLVE("a verdict for every pending payment; with --yes, act on the conclusive ones", false,
            EnumSet.of(CONFIG, YES, JSON), EnumSet.of(CONFIG)),
    APPROVE("record a pending payment as paid by a transaction", true, EnumSet.of(CONFIG, TX, JSON),
            EnumSet.of(CONFIG, TX)),
    ROLLBACK("credit a pending payment back to the payee's balance", true, EnumSet.of(CONFIG, FORCE, JSON),
            EnumSet.of(CONFIG)),
    AUDIT("check the ledger's invariants and list the operator actions", false, EnumSet.of(CONFIG, JSON),
            EnumSet.of(CONFIG)),
    FINANCES("the pool's money in and out by UTC day, and the finances hash", false, EnumSet.of(CONFIG, DAYS, JSON),
            EnumSet.of(CONFIG)),
    STUCK("payments whose transaction is not mined: nonce, fees, age", false, EnumSet.of(CONFIG, JSON),
            EnumSet.of(CONFIG)),
    SPEEDUP("resend a stuck payment at its nonce with higher fees (without --yes: only show it)", EnumSet.of(CONFIG, FEE_BUMP, YES, JSON)),
    CANCEL("replace a stuck payment by a 0-value transfer to the pool at its nonce (without --yes: only show it)",
            EnumSet.of(CONFIG, FEE_BUMP, YES, JSON));

    private final String summary;
    private final boolean takesPayment;
    private final boolean takesTxHash;
    private final Set<CliOption> accepted;
    private final Set<CliOption> required;

    CliCommand(String summary, boolean takesPayment, Set<CliOption> accepted, Set<CliOption> required) {
        this.summary = summary;
        this.takesPayment = takesPayment;
        this.takesTxHash = false;
        this.accepted = accepted;
        this.required = required;
    }

    /** speedup and cancel: the stuck transaction's hash comes first. */
    CliCommand(String summary, Set<CliOption> accepted) {
        this.summary = summary;
        this.takesPayment = false;
        this.takesTxHash = true;
        this.accepted = accepted;
        this.required = EnumSet.of(CONFIG);
    }

    /** speedup and cancel name one stuck transaction as TX_HASH. */
    public boolean takesTxHash() {
        return takesTxHash;
    }

    /** As typed: "status", "rollback". */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String summary() {
        return summary;
    }

    /** approve and rollback name one pending payment as LOGIN:AMOUNT. */
    public boolean takesPayment() {
        return takesPayment;
    }

    public boolean accepts(CliOption option) {
        return accepted.contains(option);
    }

    public boolean requires(CliOption option) {
        return required.contains(option);
    }

    /** The engine-backed commands that need the pool's config and run without a window. */
    public boolean headless() {
        return this != GUI && this != SANDBOX;
    }

    /** One usage line, required options first: "payout-desk pay --config FILE --yes [--max N] [--wait-each] [--json]". */
    public String synopsis() {
        StringBuilder s = new StringBuilder("payout-desk ");
        s.append(this == GUI ? "[gui]" : commandName());
        if (takesPayment) {
            s.append(" LOGIN:AMOUNT");
        }
        if (takesTxHash) {
            s.append(" TX_HASH");
        }
        for (CliOption o : CliOption.values()) {
            if (requires(o)) {
                s.append(' ').append(o.synopsis());
            }
        }
        for (CliOption o : CliOption.values()) {
            if (accepts(o) && !requires(o)) {
                s.append(" [").append(o.synopsis()).append(']');
            }
        }
        return s.toString();
    }

    public static Optional<CliCommand> byName(String name) {
        for (CliCommand c : values()) {
            if (c.commandName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
