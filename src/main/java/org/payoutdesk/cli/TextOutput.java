package org.payoutdesk.cli;

import java.io.PrintStream;

/** Plain text for a person at a terminal. */
final class TextOutput extends Output {
    TextOutput(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public boolean isJson() {
        return false;
    }

    /** Progress goes to stderr so stdout is only the report (cron mails it, scripts read it). */
    @Override
    public void progress(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void result(CliCommand command, CommandResult result) {
        result.printText(out);
        out.flush();
    }

    @Override
    public void failure(CliCommand command, String message) {
        err.println(command.commandName() + ": " + message);
        err.flush();
    }
}
