package org.payoutdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.payoutdesk.cli.Version;
import org.slf4j.LoggerFactory;
import org.payoutdesk.cli.CommandLine;
import org.payoutdesk.cli.CommandWiring;
import org.payoutdesk.cli.EngineCommands;
import org.payoutdesk.wiring.GuiWindow;
import org.payoutdesk.wiring.SandboxWindow;

/** The process entry: the command line decides what runs; its result is the exit status. */
public final class Main {
    /** Where the operator's log goes (a day's file in it); set by {@link #logToFile()}. */
    static final String LOG_DIR = "payoutdesk.logDir";
    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private Main() {
    }

    public static void main(String[] args) {
        org.payoutdesk.app.StartupMarks.mark("main");
        logToFile();
        // Every run starts its lines with what it is, so a log shared by the window and cron jobs reads as a diary.
        LoggerFactory.getLogger(Main.class).info("start {} {} (config {})", Version.line(), String.join(" ", args),
                configNamed(args));
        System.exit(CommandLine.standard(wiring()).run(args));
    }

    /** The headless commands, the window and the sandbox, all on the real engine. */
    public static CommandWiring wiring() {
        return CommandWiring.notWired().withHeadless(EngineCommands.factory())
                .withGui(GuiWindow.standard()).withSandbox(SandboxWindow.standard());
    }

    /**
     * The log goes to $XDG_STATE_HOME/payout-desk/payout-desk-YYYY-MM-DD.log (default ~/.local/state/...), so the
     * command line's stdout/stderr carry only its own output. -Dlogback.configurationFile=... overrides it all.
     */
    static void logToFile() {
        if (System.getProperty(LOGBACK_CONFIG) != null) return;
        String state = System.getenv("XDG_STATE_HOME");
        Path dir = (state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state"))
                .resolve("payout-desk");
        try {
            Files.createDirectories(dir);
            // LogSetup, which logback runs on the first log call, writes the day's file there.
            System.setProperty(LOG_DIR, dir.toAbsolutePath().toString());
        } catch (IOException | SecurityException e) {
            // Unwritable state directory: the default configuration logs to stderr.
        }
    }

    /** Today's log file, for messages ("see the log at ..."). */
    public static String logFile() {
        String dir = System.getProperty(LOG_DIR);
        if (dir == null) return "stderr";
        return Path.of(dir, "payout-desk-" + LocalDate.now() + ".log").toString();
    }

    /** The absolute path of --config FILE / --config=FILE, or "none". */
    static String configNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--config=") ? args[i].substring("--config=".length())
                    : args[i].equals("--config") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && !value.isBlank()) {
                try {
                    return Path.of(value).toAbsolutePath().normalize().toString();
                } catch (java.nio.file.InvalidPathException e) {
                    return value;
                }
            }
        }
        return "none";
    }
}
