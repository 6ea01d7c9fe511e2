package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Which pool keys have the wrong Redis type, or are missing where the schema needs them: pipelined TYPE replies,
 * never a round trip per key. A key of the wrong type makes the pool's MULTI groups fail half-way, so the engine
 * holds (per miner) or blocks (pool-wide) before anything is written.
 */
final class KeyCensus {
    private static final int BATCH = 5_000;
    private static final int SCAN_COUNT = 1_000;

    private final RedisAccess redis;
    private final PoolKeys keys;

    KeyCensus(RedisAccess redis, PoolKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The pool-wide keys a payment reads or writes; finances must exist, the others may be absent. One round trip. */
    List<KeyProblem> poolKeys() {
        List<String> names = List.of(keys.finances(), keys.pending(), keys.lock(), keys.allPayments(),
                keys.pendingNonce(), keys.pendingTx());
        List<String> types = types(names);
        List<KeyProblem> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            KeyRole role = role(names.get(i));
            check(out, names.get(i), role, null, types.get(i), role == KeyRole.FINANCES);
        }
        return out;
    }

    /** {@code payments:<login>} of each login: a wrong type is a problem, absent is fine (the first payment makes it). */
    List<KeyProblem> loginPayments(Collection<String> logins) {
        List<String> names = logins.stream().map(keys::payments).toList();
        List<String> types = types(names);
        List<KeyProblem> out = new ArrayList<>();
        int i = 0;
        for (String login : logins) check(out, names.get(i), KeyRole.LOGIN_PAYMENTS, login, types.get(i++), false);
        return out;
    }

    /** Every key under {@code miners:*}, {@code settings:*} and {@code payments:*}, and finances: each bad one, listed. */
    List<KeyProblem> all() {
        Set<String> found = new LinkedHashSet<>();
        for (String prefix : List.of(keys.minerPrefix(), keys.settingsPrefix(), keys.coin() + ":payments:")) {
            found.addAll(scan(prefix));
        }
        List<String> names = new ArrayList<>(found);
        List<String> types = types(names);
        List<KeyProblem> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i);
            KeyRole role = role(key);
            check(out, key, role, login(key, role), types.get(i), false);
        }
        for (KeyProblem p : poolKeys()) {
            if (p.role() == KeyRole.FINANCES) out.addFirst(p);
        }
        return out;
    }

    private static void check(List<KeyProblem> out, String key, KeyRole role, String login, String type, boolean required) {
        if ("none".equals(type) ? required : !role.type().equals(type)) {
            out.add(new KeyProblem(key, role, login, type, role.type()));
        }
    }

    KeyRole role(String key) {
        if (key.equals(keys.finances())) return KeyRole.FINANCES;
        if (key.equals(keys.pending())) return KeyRole.PENDING;
        if (key.equals(keys.lock())) return KeyRole.LOCK;
        if (key.equals(keys.allPayments())) return KeyRole.ALL_PAYMENTS;
        if (key.equals(keys.pendingNonce())) return KeyRole.PENDING_NONCE;
        if (key.equals(keys.pendingTx())) return KeyRole.PENDING_TX;
        if (key.startsWith(keys.minerPrefix())) return KeyRole.MINER;
        if (key.startsWith(keys.settingsPrefix())) return KeyRole.SETTINGS;
        return KeyRole.LOGIN_PAYMENTS;
    }

    private String login(String key, KeyRole role) {
        return switch (role) {
            case MINER -> key.substring(keys.minerPrefix().length());
            case SETTINGS -> key.substring(keys.settingsPrefix().length());
            case LOGIN_PAYMENTS -> key.substring((keys.coin() + ":payments:").length());
            default -> null;
        };
    }

    private List<String> scan(String prefix) {
        return redis.call("SCAN " + prefix + "*", () -> {
            ScanParams params = new ScanParams().match(PoolKeys.escapeGlob(prefix) + "*").count(SCAN_COUNT);
            List<String> out = new ArrayList<>();
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.client().scan(cursor, params);
                for (String key : page.getResult()) if (key.startsWith(prefix)) out.add(key);
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return out;
        });
    }

    /** TYPE of each key, pipelined in batches. */
    private List<String> types(List<String> names) {
        if (names.isEmpty()) return List.of();
        return redis.call("TYPE", () -> {
            List<String> out = new ArrayList<>(names.size());
            try (AbstractPipeline p = redis.pipeline()) {
                for (int from = 0; from < names.size(); from += BATCH) {
                    List<Response<String>> replies = new ArrayList<>();
                    for (String key : names.subList(from, Math.min(names.size(), from + BATCH))) replies.add(p.type(key));
                    p.sync();
                    for (Response<String> r : replies) out.add(r.get());
                }
            }
            return out;
        });
    }
}
