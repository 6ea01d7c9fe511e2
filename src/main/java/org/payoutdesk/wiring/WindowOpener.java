package org.payoutdesk.wiring;

import org.payoutdesk.app.AppContext;

/** Opens the desktop window and returns when it is closed: {@code DeskApp::launch}; tests pass their own. */
@FunctionalInterface
public interface WindowOpener {
    void open(AppContext context);
}
