package org.payoutdesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The barest JSON-RPC client for the benchmark's baseline loop: one kept-alive HTTP/1.1 connection, a
 * request written by hand, the answer read by its Content-Length. No library, no pooling, no retry.
 */
final class HttpPipe implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String head;

    HttpPipe(String url) {
        URI uri = URI.create(url);
        try {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        head = "POST / HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: ";
    }

    /** POSTs {@code body}, returns the answer's body. */
    String call(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        try {
            out.write((head + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            int length = -1;
            String line;
            while (!(line = readLine()).isEmpty()) {
                String l = line.toLowerCase(Locale.ROOT);
                if (l.startsWith("content-length:")) length = Integer.parseInt(l.substring(15).trim());
            }
            if (length < 0) throw new IOException("answer without Content-Length");
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) throw new IOException("connection closed");
            if (c != '\r') line.write(c);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
