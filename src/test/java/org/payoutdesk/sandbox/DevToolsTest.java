package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevToolsTest {
    @Test
    void installsAnvilFromNpmOnceWhenAskedConcurrently(@TempDir Path dir) throws Exception {
        DevTools tools = DevTools.at(dir.resolve("tools"));
        Callable<Path> find = tools::anvil;
        List<Future<Path>> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            results = pool.invokeAll(List.of(find, find, find));
        }
        Path anvil = results.get(0).get();
        for (Future<Path> f : results) assertEquals(anvil, f.get());
        boolean fromPath = DevTools.onPath("anvil").isPresent();
        if (!fromPath) {
            assertEquals(dir.resolve("tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"), anvil);
            assertTrue(Files.readString(dir.resolve("tools/package.json")).contains("\"@foundry-rs/anvil\": \"^1.7.1\"")
                    || Files.readString(dir.resolve("tools/package.json")).contains("\"@foundry-rs/anvil\": \"1.7.1\""));
        }
        Process p = new ProcessBuilder(anvil.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("anvil Version: " + (fromPath ? "" : "1.7.1")), out);
    }

    @Test
    void toolsDirectoryComesFromThePropertyOrTheUserCache() {
        String old = System.getProperty("payoutdesk.tools");
        try {
            System.setProperty("payoutdesk.tools", "/tmp/somewhere");
            assertEquals(Path.of("/tmp/somewhere"), DevTools.standard().dir());
            System.clearProperty("payoutdesk.tools");
            assertEquals(Path.of(System.getProperty("user.home"), ".cache/payout-desk/tools"), DevTools.standard().dir());
        } finally {
            if (old != null) System.setProperty("payoutdesk.tools", old);
        }
    }
}
