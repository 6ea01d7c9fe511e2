package org.payoutdesk;

import org.payoutdesk.cli.CommandLine;
import org.payoutdesk.cli.CommandWiring;
import org.payoutdesk.cli.EngineCommands;

/** The process entry: the command line decides what runs; its result is the exit status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommandLine.standard(wiring()).run(args));
    }

    /** The headless commands run on the real engine; the window and the sandbox are wired in as they arrive. */
    public static CommandWiring wiring() {
        return CommandWiring.notWired().withHeadless(EngineCommands.factory());
    }
}
