package org.payoutdesk.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command's words go. stdout carries only the report: the text report, or in JSON mode
 * exactly one JSON document (the result or the failure). Progress, warnings and errors go to stderr.
 */
public abstract sealed class Output permits TextOutput, JsonOutput {
    protected final PrintStream out;
    protected final PrintStream err;

    Output(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    public static Output text(PrintStream out, PrintStream err) {
        return new TextOutput(out, err);
    }

    public static Output json(PrintStream out, PrintStream err) {
        return new JsonOutput(out, err);
    }

    /** True for the one-JSON-document mode. */
    public boolean isJson() {
        return false;
    }

    /**
     * A line while the command runs ("paid 0xabc… 1.5 ETH, tx 0x..."). On stderr in both modes, so
     * stdout is only the report (cron mails it, scripts read it).
     */
    public void progress(String line) {
        err.println(line);
        err.flush();
    }

    /** Something the operator should notice that does not stop the command. */
    public void warn(String line) {
        err.println("warning: " + line);
        err.flush();
    }

    /** The command's result: the text report, or the one JSON document. */
    public abstract void result(CliCommand command, CommandResult result);

    /** The command failed with a one-line reason: stderr, and in JSON mode also a failure document. */
    public void failure(CliCommand command, String message) {
        err.println(command.commandName() + ": " + message);
        err.flush();
    }
}
