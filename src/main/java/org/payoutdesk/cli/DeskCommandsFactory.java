package org.payoutdesk.cli;

import org.payoutdesk.wiring.CommandFailure;

import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;

/**
 * Opens the engine on a checked config (connects to Redis and the node). Throws {@link CommandFailure}
 * when something cannot be reached (exit 1) and {@link ConfigException} when the config cannot work
 * (a keystore password file missing...; exit 2, nothing written).
 */
@FunctionalInterface
public interface DeskCommandsFactory {
    DeskCommands open(DeskConfig config) throws ConfigException;
}
