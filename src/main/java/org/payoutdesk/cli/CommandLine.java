package org.payoutdesk.cli;

import org.payoutdesk.wiring.SandboxRequest;

import org.payoutdesk.wiring.GuiRequest;

import org.payoutdesk.wiring.CommandFailure;

import org.payoutdesk.wiring.ExitCode;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;

/**
 * The command-line front end: parses, checks the config, dispatches through {@link CommandWiring}
 * and returns the exit status (0 done, 1 failed, 2 usage/config). It never calls System.exit, so
 * tests run the real entry point; {@code org.payoutdesk.Main} exits with what {@link #run} returns.
 */
public final class CommandLine {
    private final PrintStream out;
    private final PrintStream err;
    private final CommandWiring wiring;

    public CommandLine(PrintStream out, PrintStream err, CommandWiring wiring) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    /** On the process's stdout and stderr. */
    public static CommandLine standard(CommandWiring wiring) {
        return new CommandLine(System.out, System.err, wiring);
    }

    public int run(String... args) {
        Arguments a;
        try {
            a = ArgumentParser.parse(args);
        } catch (UsageException e) {
            err.println("payout-desk: " + e.getMessage());
            err.println();
            err.println(e.command().map(Usage::of).orElseGet(Usage::general));
            err.flush();
            return ExitCode.USAGE;
        }
        if (a.version()) {
            out.println(Version.line());
            out.flush();
            return ExitCode.OK;
        }
        if (a.help()) {
            boolean named = args.length > 1 || (args.length == 1 && CliCommand.byName(args[0]).isPresent());
            out.println(named ? Usage.of(a.command()) : Usage.general());
            out.flush();
            return ExitCode.OK;
        }
        Optional<DeskConfig> config;
        try {
            config = a.config().isPresent() ? Optional.of(DeskConfig.load(a.config().get())) : Optional.empty();
            if (config.isPresent()) {
                refuseWhatConfigForbids(a, config.get());
            }
        } catch (ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        return switch (a.command()) {
            case GUI -> launch(a.command(), () -> wiring.gui().launch(new GuiRequest(config,
                    a.readOnly() || config.map(c -> c.desk().readOnly()).orElse(false))));
            case SANDBOX -> launch(a.command(), () -> wiring.sandbox().launch(new SandboxRequest(a.readOnly())));
            default -> headless(a, config.orElseThrow());
        };
    }

    /** Read-only configs never write; paying and resolving need the pool's real wallet address. */
    private static void refuseWhatConfigForbids(Arguments a, DeskConfig config) throws ConfigException {
        CliCommand c = a.command();
        boolean writes = (c == CliCommand.PAY && a.yes()) || c == CliCommand.APPROVE || c == CliCommand.ROLLBACK
                || (c == CliCommand.RESOLVE && a.yes()) || ((c == CliCommand.SPEEDUP || c == CliCommand.CANCEL) && a.yes());
        if (writes && config.desk().readOnly()) {
            throw new ConfigException("desk.readOnly: the config is read-only; " + c.commandName()
                    + " would write to the ledger (nothing written)");
        }
        if ((c == CliCommand.PAY && a.yes()) || c == CliCommand.RESOLVE || c == CliCommand.APPROVE
                || c == CliCommand.ROLLBACK || c == CliCommand.STUCK || c == CliCommand.SPEEDUP || c == CliCommand.CANCEL) {
            config.payouts().payingAddress();
        }
    }

    private int headless(Arguments a, DeskConfig config) {
        CliCommand command = a.command();
        Output output = a.json() ? Output.json(out, err) : Output.text(out, err);
        if (!config.payouts().hasAddress()) {
            output.warn("payouts.address is \"" + config.payouts().address()
                    + "\": the pool wallet cannot be looked at until it is set");
        }
        DeskCommands commands;
        CommandResult result;
        try {
            commands = wiring.headless().open(config);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            return fail(output, command, e);
        }
        try {
            result = switch (command) {
                case STATUS -> commands.status(output);
                case PLAN -> commands.plan(new PlanRequest(a.max()), output);
                case PAY -> commands.pay(new PayRequest(a.yes(), a.max(), a.waitEach()), output);
                case RESOLVE -> commands.resolve(new ResolveRequest(a.yes()), output);
                case APPROVE -> commands.approve(new ApproveRequest(a.payment().orElseThrow(), a.tx().orElseThrow()),
                        output);
                case ROLLBACK -> commands.rollback(new RollbackRequest(a.payment().orElseThrow(), a.force()), output);
                case AUDIT -> commands.audit(output);
                case FINANCES -> commands.finances(new FinancesRequest(a.days().orElse(FinancesRequest.DEFAULT_DAYS)), output);
                case STUCK -> commands.stuck(output);
                case SPEEDUP, CANCEL -> commands.replace(new ReplaceRequest(command == CliCommand.CANCEL, a.tx().orElseThrow(),
                        a.feeBump(), a.yes()), output);
                case GUI, SANDBOX -> throw new IllegalStateException(command + " is not headless");
            };
            Objects.requireNonNull(result, command.commandName() + " returned no result");
        } catch (RuntimeException e) {
            close(commands, output);
            return fail(output, command, e);
        }
        close(commands, output);
        output.result(command, result);
        return result.exitCode();
    }

    private int launch(CliCommand command, java.util.function.IntSupplier launcher) {
        try {
            return launcher.getAsInt();
        } catch (RuntimeException e) {
            return fail(Output.text(out, err), command, e);
        }
    }

    /** A {@link CommandFailure} is expected and shown as its one line; anything else also gets its stack trace. */
    private int fail(Output output, CliCommand command, RuntimeException e) {
        if (e instanceof CommandFailure) {
            output.failure(command, e.getMessage());
        } else {
            e.printStackTrace(err);
            output.failure(command, "unexpected error: " + e);
        }
        return ExitCode.FAILED;
    }

    private static void close(DeskCommands commands, Output output) {
        try {
            commands.close();
        } catch (RuntimeException e) {
            output.warn("closing the connections failed: " + e.getMessage());
        }
    }
}
