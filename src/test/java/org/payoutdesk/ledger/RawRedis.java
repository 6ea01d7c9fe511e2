package org.payoutdesk.ledger;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal RESP2 client over a raw socket, independent of Jedis and of the ledger's code, so the
 * tests write and read Redis the way the Go pool would and check the ledger from the outside.
 */
final class RawRedis implements AutoCloseable {
    /** An error reply, returned (not thrown) so a test can see it. */
    record Error(String message) { }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawRedis(String host, int port) {
        try {
            socket = new Socket(host, port);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command and returns its reply: String, Long, null, List or {@link Error}. */
    Object call(String... args) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (String a : args) {
                byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
                b.write(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
                b.write(bytes);
                b.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(b.toByteArray());
            out.flush();
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like call, but an error reply fails the test. */
    Object ok(String... args) {
        Object r = call(args);
        if (r instanceof Error e) throw new AssertionError(String.join(" ", args) + " -> " + e.message());
        return r;
    }

    Map<String, String> hgetall(String key) {
        List<?> flat = (List<?>) ok("HGETALL", key);
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < flat.size(); i += 2) m.put((String) flat.get(i), (String) flat.get(i + 1));
        return m;
    }

    /** Members in score order with their scores. */
    Map<String, String> zrange(String key) {
        List<?> flat = (List<?>) ok("ZRANGE", key, "0", "-1", "WITHSCORES");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < flat.size(); i += 2) m.put((String) flat.get(i), (String) flat.get(i + 1));
        return m;
    }

    String get(String key) { return (String) ok("GET", key); }

    boolean exists(String key) { return (Long) ok("EXISTS", key) == 1L; }

    /** Every key matching the pattern, sorted. */
    List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        for (Object o : (List<?>) ok("KEYS", pattern)) keys.add((String) o);
        keys.sort(null);
        return keys;
    }

    /** The whole keyspace under a prefix, prefix stripped: key -> readable value, to compare two coins. */
    Map<String, Object> dump(String prefix) {
        Map<String, Object> d = new TreeMap<>();
        for (String key : keys(prefix + "*")) {
            String type = (String) ok("TYPE", key);
            Object value = switch (type) {
                case "hash" -> hgetall(key);
                case "zset" -> zrange(key);
                case "string" -> get(key);
                default -> type;
            };
            d.put(key.substring(prefix.length()), value);
        }
        return d;
    }

    void flushall() { ok("FLUSHALL"); }

    private Object read() throws IOException {
        int kind = in.read();
        String line = line();
        return switch (kind) {
            case '+' -> line;
            case '-' -> new Error(line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int n = Integer.parseInt(line);
                if (n < 0) yield null;
                byte[] bytes = in.readNBytes(n);
                line();
                yield new String(bytes, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int n = Integer.parseInt(line);
                if (n < 0) yield null;
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(read());
                yield items;
            }
            default -> throw new IOException("unexpected RESP type " + (char) kind + line);
        };
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) throw new IOException("connection closed");
            b.write(c);
        }
        in.read(); // '\n'
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // test teardown
        }
    }
}
