package org.payoutdesk;

import org.payoutdesk.cli.CommandLine;
import org.payoutdesk.cli.CommandWiring;

/** The process entry: the command line decides what runs; its result is the exit status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The engine, window and sandbox are wired in here as they arrive.
        System.exit(CommandLine.standard(CommandWiring.notWired()).run(args));
    }
}
