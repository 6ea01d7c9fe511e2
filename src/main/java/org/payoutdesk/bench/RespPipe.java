package org.payoutdesk.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Pipelined writes over a raw RESP socket, for seeding the benchmark's Redis without reaching into
 * the ledger's Jedis: queue commands, then {@link #sync()} reads every reply and counts errors.
 */
final class RespPipe implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private int queued;

    RespPipe(String host, int port) throws IOException {
        socket = new Socket(host, port);
        out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    void send(String... args) throws IOException {
        out.write(('*' + Integer.toString(args.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String a : args) {
            byte[] b = a.getBytes(StandardCharsets.UTF_8);
            out.write(('$' + Integer.toString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.write('\r');
            out.write('\n');
        }
        queued++;
    }

    /** Reads the replies of everything queued (integers or +OK); fails on an error reply. */
    void sync() throws IOException {
        out.flush();
        for (; queued > 0; queued--) {
            int kind = in.read();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\r') {
                if (c < 0) throw new IOException("Redis closed the connection");
                line.append((char) c);
            }
            in.read();
            if (kind == '-') throw new IOException("Redis error while seeding: " + line);
            if (kind != ':' && kind != '+') throw new IOException("unexpected reply while seeding: " + (char) kind + line);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
