package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A dev-chain server process on a loopback port: start, wait for {@code eth_chainId}, kill. Shared by anvil and ganache. */
final class DevChainProcess {
    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"0x([0-9a-fA-F]+)\"");

    private final Process process;
    private final Path dir;
    private final int port;
    private final String name;

    private DevChainProcess(Process process, Path dir, int port, String name) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.name = name;
    }

    /** Starts {@code command} (which must listen on {@code port}) and waits until it answers eth_chainId. */
    static DevChainProcess start(String name, List<String> command, int port, Path dir, Duration readyWithin) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
            DevChainProcess dev = new DevChainProcess(p, dir, port, name);
            dev.awaitReady(readyWithin);
            return dev;
        } catch (IOException e) {
            deleteTree(dir);
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String rpcUrl() { return "http://127.0.0.1:" + port; }

    int port() { return port; }

    boolean isAlive() { return process.isAlive(); }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        kill();
        deleteTree(dir);
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                deleteTree(dir);
                throw new IOException(name + " exited at start: " + readLog());
            }
            if (chainId(http).isPresent()) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IOException("interrupted while waiting for " + name);
            }
        }
        String log = readLog();
        close();
        throw new IOException(name + " did not answer eth_chainId within " + timeout.toSeconds() + " s: " + log);
    }

    /** One JSON-RPC call (for set-up methods such as anvil_setBalance); returns the answer body. */
    String rpc(String method, String paramsJson) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(rpcUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}"))
                .build();
        try {
            String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"error\"")) throw new IllegalStateException(name + " refused " + method + ": " + body);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not answer " + method + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method);
        }
    }

    private java.util.OptionalLong chainId(HttpClient http) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(rpcUrl()))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .build();
        try {
            String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = RESULT.matcher(body);
            return m.find() ? java.util.OptionalLong.of(Long.parseLong(m.group(1), 16)) : java.util.OptionalLong.empty();
        } catch (IOException notYet) {
            return java.util.OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalLong.empty();
        }
    }

    private String readLog() {
        try {
            String log = Files.readString(dir.resolve(name + ".log")).strip();
            return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port: " + e.getMessage(), e);
        }
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }
}
