package org.payoutdesk.wiring;

/** sandbox: the desktop app on a built-in Redis and dev chain. */
public record SandboxRequest(boolean readOnly) {
}
