package org.payoutdesk.cli;

import java.io.PrintStream;

/** Plain text for a person at a terminal. */
final class TextOutput extends Output {
    TextOutput(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public void result(CliCommand command, CommandResult result) {
        result.printText(out);
        out.flush();
    }
}
