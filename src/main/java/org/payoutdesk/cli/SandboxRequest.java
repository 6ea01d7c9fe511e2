package org.payoutdesk.cli;

/** sandbox: the desktop app on a built-in Redis and dev chain. */
public record SandboxRequest(boolean readOnly) {
}
