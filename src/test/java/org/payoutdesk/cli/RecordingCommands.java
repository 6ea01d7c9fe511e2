package org.payoutdesk.cli;

import java.util.ArrayList;
import java.util.List;

/** A test engine that records what the command line asked for and answers with a fixed result. */
final class RecordingCommands implements DeskCommands {
    final List<Object> calls = new ArrayList<>();
    CommandResult answer = CommandResult.of(true, "done", java.util.Map.of("answer", 42));
    RuntimeException failure;
    boolean closed;

    private CommandResult record(Object call, Output output) {
        calls.add(call);
        output.progress("working on " + call);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    @Override
    public CommandResult status(Output output) {
        return record("status", output);
    }

    @Override
    public CommandResult plan(PlanRequest request, Output output) {
        return record(request, output);
    }

    @Override
    public CommandResult pay(PayRequest request, Output output) {
        return record(request, output);
    }

    @Override
    public CommandResult resolve(ResolveRequest request, Output output) {
        return record(request, output);
    }

    @Override
    public CommandResult approve(ApproveRequest request, Output output) {
        return record(request, output);
    }

    @Override
    public CommandResult rollback(RollbackRequest request, Output output) {
        return record(request, output);
    }

    @Override
    public CommandResult audit(Output output) {
        return record("audit", output);
    }

    @Override
    public void close() {
        closed = true;
    }
}
