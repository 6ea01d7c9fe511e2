package org.payoutdesk.cli;

import java.util.Optional;

/** Bad command line: a one-line reason, shown with the usage of the command (when known); exit 2. */
public final class UsageException extends Exception {
    private final transient CliCommand command;

    public UsageException(String message) {
        this(message, null);
    }

    public UsageException(String message, CliCommand command) {
        super(message);
        this.command = command;
    }

    /** The command whose usage to show; empty for the general usage. */
    public Optional<CliCommand> command() {
        return Optional.ofNullable(command);
    }

    UsageException forCommand(CliCommand c) {
        return command != null ? this : new UsageException(getMessage(), c);
    }
}
