package org.payoutdesk.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.payoutdesk.config.RedisTls;

/**
 * The JSSE side of {@code desk.redisTls}: a socket factory trusting the CA file (else the JVM's trust
 * store) and presenting the client certificate, and the parameters that verify the host name.
 * Redis tools hand out PEM files, so PEM is read here (certificates by the JDK, a PKCS#8 key by us).
 */
final class RedisTlsContext {
    private static final char[] IN_MEMORY = new char[0];

    private RedisTlsContext() { }

    static SSLSocketFactory socketFactory(RedisTls tls) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (tls.caFile().isPresent()) {
                KeyStore cas = emptyStore();
                List<Certificate> certs = certificates(tls.caFile().get(), "desk.redisTls.caFile");
                for (int i = 0; i < certs.size(); i++) cas.setCertificateEntry("ca" + i, certs.get(i));
                trust.init(cas);
            } else {
                trust.init((KeyStore) null);
            }
            KeyManagerFactory keys = null;
            if (tls.certFile().isPresent()) {
                List<Certificate> chain = certificates(tls.certFile().get(), "desk.redisTls.certFile");
                PrivateKey key = privateKey(tls.keyFile().orElseThrow());
                KeyStore store = emptyStore();
                store.setKeyEntry("client", key, IN_MEMORY, chain.toArray(Certificate[]::new));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, IN_MEMORY);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new RedisTlsException("desk.redisTls: cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** HTTPS-style host name checking when verifyHost is on (the certificate must name the host). */
    static SSLParameters parameters(RedisTls tls) {
        SSLParameters p = new SSLParameters();
        if (tls.verifyHost()) p.setEndpointIdentificationAlgorithm("HTTPS");
        return p;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static List<Certificate> certificates(Path file, String field) {
        try (InputStream in = Files.newInputStream(file)) {
            List<Certificate> certs = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (certs.isEmpty()) throw new RedisTlsException(field + ": " + file + " holds no PEM certificate", null);
            return certs;
        } catch (IOException e) {
            throw new RedisTlsException(field + ": " + file + " is missing or not readable", e);
        } catch (GeneralSecurityException e) {
            throw new RedisTlsException(field + ": " + file + " is not a PEM certificate (" + e.getMessage() + ")", e);
        }
    }

    private static PrivateKey privateKey(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RedisTlsException("desk.redisTls.keyFile: " + file + " is missing or not readable", e);
        }
        String begin = "-----BEGIN PRIVATE KEY-----";
        int from = text.indexOf(begin);
        int to = text.indexOf("-----END PRIVATE KEY-----");
        if (from < 0 || to < from) {
            throw new RedisTlsException("desk.redisTls.keyFile: " + file
                    + " is not an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY); convert it with openssl pkcs8 -topk8 -nocrypt", null);
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException tryNext) {
                // the PEM does not say which algorithm; the next one may fit
            }
        }
        throw new RedisTlsException("desk.redisTls.keyFile: " + file + " is not an RSA, EC or Ed25519 key", null);
    }
}
