package org.payoutdesk.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/** Plain JSON-RPC for test set-up (anvil's evm_* methods), independent of the code under test. */
public final class RawRpc {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RawRpc() {
    }

    /** Sends {@code method} with the JSON array {@code paramsJson}; returns the raw answer body. */
    public static String call(String url, String method, String paramsJson) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}";
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.body().contains("\"error\"")) throw new IllegalStateException(method + " failed: " + r.body());
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Mines one block with the given timestamp (anvil). */
    public static void mineAt(String url, long unixSeconds) {
        call(url, "evm_setNextBlockTimestamp", "[" + unixSeconds + "]");
        call(url, "evm_mine", "[]");
    }

    /** A fresh random address that holds nothing. */
    public static String randomAddress() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return "0x" + HexFormat.of().formatHex(b);
    }
}
