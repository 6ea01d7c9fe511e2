package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A dev-chain server process on a loopback port: start, wait for {@code eth_chainId}, kill. Shared by anvil and ganache. */
final class DevChainProcess {
    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"0x([0-9a-fA-F]+)\"");

    private final ServerProcess server;

    private DevChainProcess(ServerProcess server) {
        this.server = server;
    }

    /** Starts {@code command} (which must listen on {@code port}) and waits until it answers eth_chainId. */
    static DevChainProcess start(String name, List<String> command, int port, Path dir, Duration readyWithin) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        String url = rpcUrl(port);
        try {
            return new DevChainProcess(ServerProcess.start(name, command, port, dir, readyWithin, "eth_chainId",
                    () -> chainId(http, url).isPresent()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String rpcUrl() { return rpcUrl(server.port()); }

    private static String rpcUrl(int port) { return "http://127.0.0.1:" + port; }

    int port() { return server.port(); }

    boolean isAlive() { return server.isAlive(); }

    void kill() { server.kill(); }

    void close() { server.close(); }

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
            if (body.contains("\"error\"")) throw new IllegalStateException(server.name() + " refused " + method + ": " + body);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(server.name() + " did not answer " + method + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method);
        }
    }

    private static OptionalLong chainId(HttpClient http, String url) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .build();
        try {
            String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = RESULT.matcher(body);
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1), 16)) : OptionalLong.empty();
        } catch (IOException notYet) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
