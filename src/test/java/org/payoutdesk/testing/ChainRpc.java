package org.payoutdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw JSON-RPC to a dev chain, independent of the engine's web3j client: the tests check the chain
 * from the outside and use anvil's cheat codes (evm_mine, evm_setAutomine, anvil_setBalance, anvil_setCode).
 */
public final class ChainRpc {
    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*(\"([^\"]*)\"|true|false|null)");
    private static final AtomicLong IDS = new AtomicLong();

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ChainRpc(String url) {
        this.url = URI.create(url);
    }

    /** Calls {@code method} with already-JSON-encoded params; returns the string result (or "true"/"false"/null). */
    public String call(String method, String... jsonParams) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + IDS.incrementAndGet() + ",\"method\":\"" + method
                + "\",\"params\":[" + String.join(",", jsonParams) + "]}";
        String answer;
        try {
            answer = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (answer.contains("\"error\"")) throw new IllegalStateException(method + " -> " + answer);
        Matcher m = RESULT.matcher(answer);
        if (!m.find()) throw new IllegalStateException(method + " -> unexpected answer " + answer);
        return m.group(2) != null ? m.group(2) : ("null".equals(m.group(1)) ? null : m.group(1));
    }

    public static String q(String s) {
        return "\"" + s + "\"";
    }

    public static String hex(BigInteger v) {
        return "0x" + v.toString(16);
    }

    public BigInteger balance(String address) {
        return new BigInteger(call("eth_getBalance", q(address), q("latest")).substring(2), 16);
    }

    public long nonce(String address, String tag) {
        return Long.parseLong(call("eth_getTransactionCount", q(address), q(tag)).substring(2), 16);
    }

    public long blockNumber() {
        return Long.parseLong(call("eth_blockNumber").substring(2), 16);
    }

    /** eth_sendTransaction from an unlocked dev account: a plain value transfer. Returns the hash. */
    public String transfer(String from, String to, BigInteger wei) {
        return call("eth_sendTransaction", "{\"from\":" + q(from) + ",\"to\":" + q(to) + ",\"value\":" + q(hex(wei)) + "}");
    }

    public void mine() {
        call("evm_mine");
    }

    public void automine(boolean on) {
        call("evm_setAutomine", Boolean.toString(on));
    }

    public void setBalance(String address, BigInteger wei) {
        call("anvil_setBalance", q(address), q(hex(wei)));
    }

    public void setCode(String address, String codeHex) {
        call("anvil_setCode", q(address), q(codeHex));
    }

    /** The transaction's type field ("0x0" legacy, "0x2" EIP-1559). */
    public String txType(String hash) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getTransactionByHash\",\"params\":[" + q(hash) + "]}";
        try {
            String answer = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"(0x[0-9a-f]+)\"").matcher(answer);
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Receipt status "0x1"/"0x0", or null when not mined. */
    public String receiptStatus(String hash) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getTransactionReceipt\",\"params\":[" + q(hash) + "]}";
        try {
            String answer = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"(0x[01])\"").matcher(answer);
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
