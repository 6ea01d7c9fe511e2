package org.payoutdesk.cli;

import org.payoutdesk.wiring.CommandFailure;

/**
 * The engine behind the headless commands, one method per command. Implementations (wired in
 * later over the payout package) report progress through {@link Output#progress(String)}, return
 * a {@link CommandResult}, and throw {@link CommandFailure} for a one-line failure.
 */
public interface DeskCommands extends AutoCloseable {
    CommandResult status(Output output);

    CommandResult plan(PlanRequest request, Output output);

    CommandResult pay(PayRequest request, Output output);

    CommandResult resolve(ResolveRequest request, Output output);

    CommandResult approve(ApproveRequest request, Output output);

    CommandResult rollback(RollbackRequest request, Output output);

    CommandResult audit(Output output);

    CommandResult finances(FinancesRequest request, Output output);

    /** stuck: every payment whose transaction is not mined. */
    CommandResult stuck(Output output);

    /** speedup / cancel TX_HASH: previewed, and sent only with --yes. */
    CommandResult replace(ReplaceRequest request, Output output);

    /** Releases connections; nothing by default. */
    @Override
    default void close() {
    }
}
