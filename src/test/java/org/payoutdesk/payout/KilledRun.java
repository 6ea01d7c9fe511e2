package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;

/**
 * A real crash: {@link CrashRun} in its own JVM on the test's Redis and anvil, killed with SIGKILL the
 * moment it reports that it stands at the step asked for. Nothing of the engine runs after that step.
 */
final class KilledRun {
    private KilledRun() {
    }

    /**
     * @param keystoreDir the folder of the pool's keystore, or null for the node account
     * @param what        "batch", "SPEEDUP" or "CANCEL"
     * @param target      the login whose payment dies (batch), or the stuck transaction's hash
     */
    static void killAt(LocalRedis redis, LocalAnvil anvil, Path keystoreDir, String what, String target, String step) {
        try {
            Path err = Files.createTempFile("crash-run", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp,
                    "-Dpayoutdesk.logLevel=WARN", CrashRun.class.getName(), redis.host(), Integer.toString(redis.port()),
                    anvil.rpcUrl(), keystoreDir == null ? "node" : keystoreDir.toString(), what, target, step));
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertTrue(("AT " + step).equals(line), () -> "the engine did not stop at " + step + ": " + line + "\n" + read(err));
                p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed");
                assertTrue(p.exitValue() == 137, () -> "ended by SIGKILL, not " + p.exitValue());
            } finally {
                p.destroyForcibly();
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}
