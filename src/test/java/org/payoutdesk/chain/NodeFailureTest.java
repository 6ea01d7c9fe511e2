package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.RawRpc;

/** The failure kinds the payout engine relies on, each produced for real. */
class NodeFailureTest {

    @Test
    void deadNodeIsUnreachableAndASendCertainlyDidNotGoOut() {
        LocalAnvil anvil = LocalAnvil.start();
        try (Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5))) {
            assertEquals(31337L, node.chainId());
            NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            SignedTransfer t = pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null);

            anvil.kill();
            assertFalse(anvil.isAlive());

            ChainException e = assertThrows(ChainException.class, node::blockNumber);
            assertEquals(ChainFailure.UNREACHABLE, e.failure());
            assertEquals("eth_blockNumber", e.method());
            assertTrue(e.getMessage().contains(anvil.rpcUrl()) && e.getMessage().contains("unreachable"), e.getMessage());

            ChainException send = assertThrows(ChainException.class, () -> pool.send(t));
            assertEquals(ChainFailure.UNREACHABLE, send.failure());
            assertTrue(send.failure().certainlyNotSent());
            assertEquals(ChainFailure.UNREACHABLE,
                    assertThrows(ChainException.class, pool::checkUnlocked).failure());
        } finally {
            anvil.close();
        }
    }

    @Test
    void silentNodeTimesOutAndTheOutcomeIsUnknown() throws Exception {
        try (FakeServer silent = new FakeServer(s -> { /* accept, read nothing, never answer */ });
             Web3EthNode node = Web3EthNode.connect(silent.url(), Duration.ofMillis(400))) {
            long t0 = System.nanoTime();
            ChainException e = assertThrows(ChainException.class, node::blockNumber);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ChainFailure.TIMEOUT, e.failure());
            assertFalse(e.failure().certainlyNotSent());
            assertTrue(ms >= 350 && ms < 5_000, ms + " ms");
            assertTrue(e.getMessage().contains("within 400 ms"), e.getMessage());

            NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
            ChainException send = assertThrows(ChainException.class,
                    () -> pool.send(pool.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null)));
            assertEquals(ChainFailure.TIMEOUT, send.failure());
            assertEquals(2, silent.connections(), "no silent retry of a send");
        }
    }

    @Test
    void httpErrorFromAProxyIsABadResponseNotARejection() throws Exception {
        Consumer<Socket> badGateway = s -> {
            try {
                s.getInputStream().read(new byte[8192]);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Gateway")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                s.close();
            } catch (IOException ignored) {
                // the client went away
            }
        };
        try (FakeServer proxy = new FakeServer(badGateway);
             Web3EthNode node = Web3EthNode.connect(proxy.url(), Duration.ofSeconds(2))) {
            ChainException e = assertThrows(ChainException.class, node::chainId);
            assertEquals(ChainFailure.BAD_RESPONSE, e.failure());
            assertFalse(e.failure().certainlyNotSent());
            assertTrue(e.getMessage().contains("502"), e.getMessage());
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyCall() {
        assertThrows(IllegalArgumentException.class, () -> Web3EthNode.connect("localhost:8545", Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> Web3EthNode.connect("http://x", Duration.ZERO));
    }

    /** A loopback TCP server that hands each connection to {@code handler} and keeps it open. */
    private static final class FakeServer implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> sockets = new ArrayList<>();
        private final Thread acceptor;

        FakeServer(Consumer<Socket> handler) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        synchronized (sockets) {
                            sockets.add(s);
                        }
                        Thread.ofVirtual().start(() -> handler.accept(s));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        String url() { return "http://127.0.0.1:" + server.getLocalPort(); }

        int connections() {
            synchronized (sockets) {
                return sockets.size();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (sockets) {
                for (Socket s : sockets) s.close();
            }
            acceptor.interrupt();
        }
    }
}
