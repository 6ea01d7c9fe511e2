package org.payoutdesk.cli;

import org.payoutdesk.config.DeskConfig;

/** Opens the engine on a checked config (connects to Redis and the node); may throw {@link CommandFailure}. */
@FunctionalInterface
public interface DeskCommandsFactory {
    DeskCommands open(DeskConfig config);
}
