package org.payoutdesk.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code desk.redisTls}: how the TLS link to Redis is checked. Without a CA file the JVM's trust
 * store decides (a public CA); a client certificate is sent when the server asks for one.
 *
 * @param caFile     PEM certificate(s) the server's certificate must chain to
 * @param certFile   PEM client certificate (with {@code keyFile})
 * @param keyFile    its unencrypted PKCS#8 PEM private key ("BEGIN PRIVATE KEY")
 * @param verifyHost the server certificate must name the host we connect to (default true)
 */
public record RedisTls(Optional<Path> caFile, Optional<Path> certFile, Optional<Path> keyFile, boolean verifyHost) {
    public RedisTls {
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(keyFile, "keyFile");
        if (certFile.isPresent() != keyFile.isPresent()) {
            throw new IllegalArgumentException("certFile and keyFile go together");
        }
    }

    /** TLS checked against the JVM's trust store, host name verified (a bare {@code rediss://} endpoint). */
    public static RedisTls systemTrust() {
        return new RedisTls(Optional.empty(), Optional.empty(), Optional.empty(), true);
    }
}
