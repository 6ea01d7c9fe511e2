package org.payoutdesk.cli;

import java.io.PrintStream;

/** What a command produced, printable as text for a person or as JSON for a script. */
public interface CommandResult {
    /** False for a halted or failed operation: the exit status is then 1. */
    boolean ok();

    /** The process exit status: 0 when ok, else 1 (pay may say 4, deferred). */
    default int exitCode() {
        return ok() ? org.payoutdesk.wiring.ExitCode.OK : org.payoutdesk.wiring.ExitCode.FAILED;
    }

    /** The human report, on stdout. */
    void printText(PrintStream out);

    /** The value written as {@code "result"} of the JSON document (a record, map, list...; Jackson serializes it). */
    Object json();

    /** A result whose text and JSON are given. */
    static CommandResult of(boolean ok, String text, Object json) {
        return new CommandResult() {
            @Override
            public boolean ok() {
                return ok;
            }

            @Override
            public void printText(PrintStream out) {
                out.println(text);
            }

            @Override
            public Object json() {
                return json;
            }
        };
    }
}
