package org.payoutdesk.cli;

/** The engine is not wired in yet: every command fails honestly instead of printing made-up numbers. */
final class NotWiredCommands implements DeskCommands {

    /** Shown as "status: not available yet" (the output names the command). */
    static CommandFailure notAvailable() {
        return new CommandFailure("not available yet");
    }

    @Override
    public CommandResult status(Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult plan(PlanRequest request, Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult pay(PayRequest request, Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult resolve(ResolveRequest request, Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult approve(ApproveRequest request, Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult rollback(RollbackRequest request, Output output) {
        throw notAvailable();
    }

    @Override
    public CommandResult audit(Output output) {
        throw notAvailable();
    }
}
