package org.payoutdesk.ledger;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.payoutdesk.config.RedisAddress;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * One line for each way a Redis deployment refuses us, naming the config key to look at: a TLS
 * certificate not trusted or not naming the host, a client certificate refused, a wrong password,
 * an ACL user missing a command (NOPERM), no sentinel answering, a master name the sentinels do not know.
 */
final class RedisProblems {
    private final RedisEndpoint endpoint;

    RedisProblems(RedisEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    String describe(String operation, Exception e) {
        String at = "Redis at " + endpoint.display();
        String user = endpoint.deployment().user().orElse("default");
        SSLException tls = cause(e, SSLException.class);
        if (tls != null) return at + ": " + tlsProblem(tls, clientCertSet()) + " (" + operation + ")";
        String message = String.valueOf(e.getMessage());
        String all = chain(e);
        if (message.startsWith("WRONGPASS") || all.contains("WRONGPASS")) {
            return at + " refused the login of user '" + user + "': wrong password or no such user"
                    + " (redis.password, desk.redisUser) (" + operation + ")";
        }
        if (message.startsWith("NOAUTH") || all.contains("NOAUTH")) {
            return at + " needs a password: set redis.password (" + operation + ")";
        }
        if (message.startsWith("NOPERM")) {
            return at + ": ACL user '" + user + "' may not do " + operation + " (" + message
                    + "); grant it the commands and keys in README's Redis section";
        }
        if (endpoint.deployment().sentinel().isPresent()) {
            String sentinel = sentinelProblem(all);
            if (sentinel != null) return sentinel + " (" + operation + ")";
        }
        String what = e instanceof JedisConnectionException ? "cannot reach " + at : at + " refused";
        return what + " (" + operation + "): " + message + clientCertHint(e, all);
    }

    /** TLS 1.3 servers refuse a missing client certificate after the handshake: the first write breaks. */
    private String clientCertHint(Exception e, String all) {
        var tls = endpoint.deployment().tls();
        boolean broken = all.contains("Broken pipe") || all.contains("Connection reset") || all.contains("Unexpected end of stream");
        if (e instanceof JedisConnectionException && broken && tls.isPresent() && tls.get().certFile().isEmpty()) {
            return "; if the server requires client certificates, set desk.redisTls.certFile and keyFile";
        }
        return "";
    }

    private String sentinelProblem(String all) {
        var s = endpoint.deployment().sentinel().get();
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("not monitored")) {
            return "the sentinels do not know a master named '" + s.masterName() + "' (redis.masterName)";
        }
        if (lower.contains("all sentinels down")) {
            return "no sentinel answers at " + s.sentinels().stream().map(RedisAddress::display)
                    .collect(Collectors.joining(", ")) + " (redis.sentinelAddrs)";
        }
        return null;
    }

    private boolean clientCertSet() {
        return endpoint.deployment().tls().map(t -> t.certFile().isPresent()).orElse(false);
    }

    private static String tlsProblem(SSLException e, boolean clientCertSet) {
        String all = chain(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("pkix") || lower.contains("certification path") || lower.contains("unable to find valid")) {
            return "its TLS certificate is not signed by a trusted CA (check desk.redisTls.caFile)";
        }
        if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
            return "its TLS certificate does not name the host we connect to (desk.redisTls.verifyHost)";
        }
        if (lower.contains("bad_certificate") || lower.contains("certificate_required") || lower.contains("unknown_ca")
                || lower.contains("certificate_unknown")) {
            return clientCertSet ? "it refused our TLS client certificate (desk.redisTls.certFile and keyFile)"
                    : "it requires a TLS client certificate: set desk.redisTls.certFile and keyFile";
        }
        if (lower.contains("unrecognized ssl message") || lower.contains("plaintext")) {
            return "it does not speak TLS on this port (use the tls-port, or drop rediss:// and desk.redisTls)";
        }
        return "the TLS handshake failed: " + e.getMessage();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) b.append(t.getMessage()).append(" | ");
        return b.toString();
    }
}
