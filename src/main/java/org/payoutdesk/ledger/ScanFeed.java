package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;

import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * One SCAN pass over the miner and settings hashes on a thread of its own, handing out the new
 * (de-duplicated) miner logins page by page, so the reader pipelines the HGETALLs of one batch while
 * the next is being scanned. Logins with a settings hash are collected for the end.
 * The queue is unbounded so the scan never blocks, even when the reader gave up.
 */
final class ScanFeed {
    private static final Object END = new Object();

    private final LinkedBlockingQueue<Object> pages = new LinkedBlockingQueue<>();
    private final Set<String> settings = new HashSet<>();
    private final RedisAccess redis;
    private final PoolKeys keys;
    private final int count;
    private volatile long roundTrips;
    private boolean ended;

    private ScanFeed(RedisAccess redis, PoolKeys keys, int count) {
        this.redis = redis;
        this.keys = keys;
        this.count = count;
    }

    static ScanFeed start(RedisAccess redis, PoolKeys keys, int count) {
        ScanFeed feed = new ScanFeed(redis, keys, count);
        Thread.ofPlatform().daemon().name("payee-scan").start(feed::scan);
        return feed;
    }

    private void scan() {
        try {
            ScanParams params = new ScanParams().match(keys.minersAndSettingsPattern()).count(count);
            String miners = keys.minerPrefix();
            String settingsPrefix = keys.settingsPrefix();
            Set<String> seen = new HashSet<>();
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.client().scan(cursor, params);
                roundTrips++;
                List<String> fresh = new ArrayList<>(page.getResult().size());
                for (String key : page.getResult()) {
                    // The whole rest of the key, ':' included: a login with ':' is flagged, not cut.
                    if (key.startsWith(miners)) {
                        if (seen.add(key)) fresh.add(key.substring(miners.length()));
                    } else if (key.startsWith(settingsPrefix)) {
                        synchronized (settings) {
                            settings.add(key.substring(settingsPrefix.length()));
                        }
                    }
                }
                if (!fresh.isEmpty()) pages.add(fresh);
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            pages.add(END);
        } catch (RuntimeException e) { // JedisException included: rethrown to the reader
            pages.add(e);
            pages.add(END);
        }
    }

    /**
     * The next miner logins: whole pages until there are at least {@code max} (or the scan is over),
     * so the batches do not depend on timing; empty when the scan is over.
     */
    @SuppressWarnings("unchecked")
    List<String> next(int max) throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (!ended && out.size() < max) {
            Object page = pages.take();
            if (page == END) {
                ended = true;
            } else if (page instanceof RuntimeException e) {
                ended = true;
                throw e;
            } else {
                out.addAll((List<String>) page);
            }
        }
        return out;
    }

    /** Logins that have a settings hash; complete once {@link #next} returned empty. */
    Set<String> settingsLogins() {
        synchronized (settings) {
            return Set.copyOf(settings);
        }
    }

    /** SCAN calls made; all of them once {@link #next} returned empty. */
    long roundTrips() {
        return roundTrips;
    }
}
