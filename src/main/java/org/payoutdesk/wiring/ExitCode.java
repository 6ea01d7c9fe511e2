package org.payoutdesk.wiring;

/** The process exit status, as DESIGN.md defines it for cron and scripts. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** A halted or failed operation (the ledger may hold a pending payment to resolve). */
    public static final int FAILED = 1;
    /** Bad usage or config: nothing was written. */
    public static final int USAGE = 2;
    /** pay --yes sent nothing because gas is above desk.gasCeiling: not a failure, run again later. */
    public static final int DEFERRED = 4;

    private ExitCode() {
    }
}
