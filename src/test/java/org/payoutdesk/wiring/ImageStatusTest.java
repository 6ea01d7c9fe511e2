package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jlink image as an operator runs it: {@code target/image/payout-desk status} against a real Redis
 * and anvil, in its own process on its own runtime. {@code ./payout-desk test} builds the image first
 * (jlink/build-image; docs/decisions.md "Build and run").
 */
class ImageStatusTest extends TestPoolCase {
    private static final Path IMAGE = Path.of("target", "image");
    /** Issue 9: the image is at most 90 MB. */
    private static final long MAX_IMAGE_BYTES = 90L * 1024 * 1024;

    @Test
    void statusFromTheImageReadsTheLedgerAndTheNode() throws Exception {
        Path launcher = IMAGE.resolve("payout-desk");
        assertTrue(Files.isExecutable(launcher), "no " + launcher + ": ./payout-desk test builds it (or ./payout-desk jlink)");
        pool.miner(TestPool.newLogin(), 600_000_000L, 0, 0);
        pool.miner(TestPool.newLogin(), 700_000_000L, 0, 0);
        pool.miner(TestPool.newLogin(), 1_000L, 0, 0);
        pool.legacyStuck(TestPool.newLogin(), 550_000_000L, 1_700_000_000L, false);

        Process p = new ProcessBuilder(launcher.toAbsolutePath().toString(), "status", "--config", config)
                .redirectError(dir.resolve("image.err").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) p.destroyForcibly();
        String err = Files.readString(dir.resolve("image.err"));

        assertEquals(0, p.exitValue(), "stdout:\n" + out + "\nstderr:\n" + err);
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Redis     " + pool.redis.endpoint() + "  ping ")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Node      " + pool.anvil.rpcUrl() + "  chain 31337,")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Pending   1 payment(s): ")), out);
        assertTrue(lines.contains("Payees    2 over the threshold"), out);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theImageIsSmallAndShipsOnlyTheSandboxsRedisBinary() throws IOException {
        Path lib = IMAGE.resolve("lib");
        try (Stream<Path> jars = Files.list(lib)) {
            List<String> names = jars.map(j -> j.getFileName().toString()).toList();
            assertTrue(names.contains("redis-server-linux-amd64.jar"), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.startsWith("embedded-redis-")), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.startsWith("junit-") || n.startsWith("testfx-")), names.toString());
        }
        long bytes;
        try (Stream<Path> files = Files.walk(IMAGE)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(ImageStatusTest::size).sum();
        }
        System.out.printf("image: %.1f MiB%n", bytes / 1024.0 / 1024.0);
        assertTrue(bytes <= MAX_IMAGE_BYTES, "the image is " + bytes / 1024 / 1024 + " MiB, over 90");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
