package org.payoutdesk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.config.RedisDeployment;
import org.payoutdesk.config.RedisTls;
import org.payoutdesk.sandbox.LocalRedisNode;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.TestCertificates;

/** A redis-server with a tls-port, its CA and certificates made in the test; client certificates required. */
class RedisTlsTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;
    static LocalRedisNode server;
    static int tlsPort;

    @BeforeAll
    static void start() {
        certs = TestCertificates.create(dir);
        tlsPort = LocalRedisNode.freePort();
        server = LocalRedisNode.server(List.of("--tls-port", Integer.toString(tlsPort),
                "--tls-cert-file", certs.serverCert().toString(), "--tls-key-file", certs.serverKey().toString(),
                "--tls-ca-cert-file", certs.caCert().toString(), "--tls-auth-clients", "yes"));
        try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", server.port(), "eth")) {
            f.credit("0x" + "1".repeat(40), 123_456_789L);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static RedisPoolLedger ledger(String host, RedisTls tls) {
        return new RedisPoolLedger(new RedisEndpoint(host, tlsPort, 0, "", Duration.ofSeconds(2),
                RedisDeployment.standalone().withTls(tls)), "eth");
    }

    private static RedisTls trusting(Path ca, boolean verifyHost) {
        return new RedisTls(Optional.of(ca), Optional.of(certs.clientCert()), Optional.of(certs.clientKey()), verifyHost);
    }

    @Test
    void theLedgerReadsOverTlsWithTheCaAndAClientCertificate() {
        try (RedisPoolLedger ledger = ledger("127.0.0.1", trusting(certs.caCert(), true))) {
            assertEquals(123_456_789L, ledger.balance("0x" + "1".repeat(40)));
            assertTrue(ledger.link().tls());
            assertEquals("127.0.0.1:" + tlsPort, ledger.link().master());
            assertEquals(0, ledger.replicas());
        }
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedInOneLine() {
        LedgerException e = assertThrows(LedgerException.class, () -> {
            try (RedisPoolLedger ledger = ledger("127.0.0.1", trusting(certs.otherCa(), true))) {
                ledger.pingMicros();
            }
        });
        assertEquals("Redis at 127.0.0.1:" + tlsPort + ": its TLS certificate is not signed by a trusted CA"
                + " (check desk.redisTls.caFile) (PING)", e.getMessage());
    }

    @Test
    void aHostTheCertificateDoesNotNameIsRefusedUnlessVerifyHostIsOff() {
        LedgerException e = assertThrows(LedgerException.class, () -> {
            try (RedisPoolLedger ledger = ledger("localhost", trusting(certs.caCert(), true))) {
                ledger.pingMicros();
            }
        });
        assertTrue(e.getMessage().contains("does not name the host we connect to (desk.redisTls.verifyHost)"), e.getMessage());
        try (RedisPoolLedger ledger = ledger("localhost", trusting(certs.caCert(), false))) {
            assertTrue(ledger.pingMicros() > 0);
        }
    }

    @Test
    void withoutAClientCertificateTheServerRefusesUs() {
        RedisTls noClientCert = new RedisTls(Optional.of(certs.caCert()), Optional.empty(), Optional.empty(), true);
        LedgerException e = assertThrows(LedgerException.class, () -> {
            try (RedisPoolLedger ledger = ledger("127.0.0.1", noClientCert)) {
                ledger.pingMicros();
            }
        });
        // TLS 1.3 servers refuse during the handshake or at the first write: both name the fix.
        assertTrue(e.getMessage().contains("Redis at 127.0.0.1:" + tlsPort), e.getMessage());
        assertTrue(e.getMessage().contains("(PING)"), e.getMessage());
        assertTrue(e.getMessage().contains("set desk.redisTls.certFile and keyFile"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aMissingCaFileIsAConfigErrorNamingTheField() {
        RedisTlsException e = assertThrows(RedisTlsException.class,
                () -> ledger("127.0.0.1", trusting(dir.resolve("nope.crt"), true)).close());
        assertEquals("desk.redisTls.caFile: " + dir.resolve("nope.crt") + " is missing or not readable", e.getMessage());
    }
}
