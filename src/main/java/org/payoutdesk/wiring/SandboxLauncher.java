package org.payoutdesk.wiring;

/** Starts the sandbox (embedded Redis, dev chain, seeded ledger) with the desktop app on it. */
@FunctionalInterface
public interface SandboxLauncher {
    int launch(SandboxRequest request);
}
