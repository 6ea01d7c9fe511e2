package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C / SIGTERM on the sandbox: what the window registered to run first (waiting for a payout
 * batch) runs while Redis and anvil still answer, and only then are both stopped. Before, the
 * sandbox's Redis had a hook of its own that killed it at once, in parallel.
 */
class SandboxShutdownTest {

    @Test
    void theBeforeShutdownActionRunsOnLiveServersThenTheyStop() throws Exception {
        Path err = Files.createTempFile("sandbox-shutdown", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path outFile = Files.createTempFile("sandbox-shutdown", ".out");
        // A file, not a pipe: Process.destroy() closes the pipes, and the lines that matter come after it.
        Process p = new ProcessBuilder(java, "-cp", cp, SandboxShutdownRun.class.getName())
                .redirectOutput(outFile.toFile()).redirectError(err.toFile()).start();
        int redisPort;
        int anvilPort;
        try {
            String ready = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (ready == null && p.isAlive() && System.nanoTime() < deadline) {
                ready = Files.readAllLines(outFile).stream().filter(l -> l.startsWith("READY ")).findFirst().orElse(null);
                if (ready == null) Thread.sleep(50);
            }
            assertTrue(ready != null, () -> "the sandbox did not start: " + read(err));
            String[] ports = ready.split(" ");
            redisPort = Integer.parseInt(ports[1]);
            anvilPort = Integer.parseInt(ports[2]);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the sandbox ended");
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(outFile);
        lines = lines.subList(1, lines.size());
        assertEquals(143, p.exitValue(), "ended by SIGTERM");
        assertEquals(List.of("DRAIN", "SERVERS UP"), lines, () -> read(err));
        // Then both servers were stopped.
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", redisPort).close());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", anvilPort).close());
        Files.deleteIfExists(err);
        Files.deleteIfExists(outFile);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
