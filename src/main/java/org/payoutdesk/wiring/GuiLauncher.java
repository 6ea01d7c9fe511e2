package org.payoutdesk.wiring;

/** Starts the desktop app and returns its exit status when the window closes. */
@FunctionalInterface
public interface GuiLauncher {
    int launch(GuiRequest request);
}
