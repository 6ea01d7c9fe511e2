package org.payoutdesk.wiring;

import java.io.PrintStream;
import java.util.Optional;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.WindowAborted;

/** Opens the window and turns JavaFX's start-up failures about the display or GTK into exit 2 with advice. */
final class WindowRun {
    private WindowRun() {
    }

    static int open(WindowOpener opener, AppContext context, PrintStream err) {
        try {
            opener.open(context);
            return ExitCode.OK;
        } catch (WindowAborted e) {
            return ExitCode.OK; // the engine failed before the window opened: the caller reports why
        } catch (RuntimeException | LinkageError e) {
            Optional<String> display = DisplayCheck.explain(e);
            if (display.isEmpty()) throw e;
            err.println(display.get());
            err.flush();
            return ExitCode.USAGE;
        }
    }
}
