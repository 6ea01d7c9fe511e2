package org.payoutdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CA, a server certificate for 127.0.0.1 it signed, a client certificate it signed, and an
 * unrelated CA, made with openssl for a TLS test (PEM files, PKCS#8 keys, as Redis tools hand out).
 */
public record TestCertificates(Path caCert, Path serverCert, Path serverKey, Path clientCert, Path clientKey, Path otherCa) {

    public static TestCertificates create(Path dir) {
        Path ca = dir.resolve("ca.crt");
        Path caKey = dir.resolve("ca.key");
        Path other = dir.resolve("other-ca.crt");
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test Redis CA",
                "-keyout", caKey.toString(), "-out", ca.toString());
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Other CA",
                "-keyout", dir.resolve("other-ca.key").toString(), "-out", other.toString());
        Path serverCert = signed(dir, "server", "/CN=redis", "subjectAltName=IP:127.0.0.1", ca, caKey);
        Path clientCert = signed(dir, "client", "/CN=payout-desk", "extendedKeyUsage=clientAuth", ca, caKey);
        return new TestCertificates(ca, serverCert, dir.resolve("server.key"), clientCert, dir.resolve("client.key"), other);
    }

    private static Path signed(Path dir, String name, String subject, String extension, Path ca, Path caKey) {
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".crt");
        Path ext = dir.resolve(name + ".ext");
        try {
            Files.writeString(ext, extension + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-subj", subject, "-keyout", key.toString(), "-out", csr.toString());
        openssl(dir, "x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-days", "2", "-extfile", ext.toString(), "-out", cert.toString());
        return cert;
    }

    private static void openssl(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("openssl " + args[0] + " failed: " + Files.readString(dir.resolve("openssl.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("openssl is needed for the TLS tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
