package org.payoutdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.payoutdesk.cli.CommandLine;
import org.payoutdesk.cli.CommandWiring;
import org.payoutdesk.cli.EngineCommands;
import org.payoutdesk.wiring.GuiWindow;
import org.payoutdesk.wiring.SandboxWindow;

/** The process entry: the command line decides what runs; its result is the exit status. */
public final class Main {
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private Main() {
    }

    public static void main(String[] args) {
        logToFile();
        System.exit(CommandLine.standard(wiring()).run(args));
    }

    /** The headless commands, the window and the sandbox, all on the real engine. */
    public static CommandWiring wiring() {
        return CommandWiring.notWired().withHeadless(EngineCommands.factory())
                .withGui(GuiWindow.standard()).withSandbox(SandboxWindow.standard());
    }

    /**
     * The log goes to $XDG_STATE_HOME/payout-desk/payout-desk.log (default ~/.local/state/...), so the
     * command line's stdout/stderr carry only its own output. -Dorg.slf4j.simpleLogger.logFile=System.err overrides.
     */
    static void logToFile() {
        if (System.getProperty(LOG_FILE) != null) return;
        String state = System.getenv("XDG_STATE_HOME");
        Path dir = (state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state"))
                .resolve("payout-desk");
        try {
            Files.createDirectories(dir);
            System.setProperty(LOG_FILE, dir.resolve("payout-desk.log").toString());
        } catch (IOException | SecurityException e) {
            System.setProperty(LOG_FILE, "System.err");
        }
    }

    /** Where the log file is, for messages ("see the log at ..."). */
    public static String logFile() {
        return System.getProperty(LOG_FILE, "System.err");
    }
}
