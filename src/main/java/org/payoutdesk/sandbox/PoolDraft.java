package org.payoutdesk.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The whole seeded pool drawn from one {@link SplittableRandom}, before anything touches Redis, so
 * the same spec always gives the same ledger. Integer arithmetic only: every amount is Shannon.
 */
final class PoolDraft {
    static final String BAD_NUMBER_BALANCE = "12abc";
    static final long NEGATIVE_BALANCE = -250_000_000L;
    /**
     * 21000 gas at 50 Gwei: what the fork's txcharges holds for a plain transfer. In wei, as its payer.go
     * computes it (nwTxGasPrice × nwTxGas, both in wei/gas units), not Shannon.
     */
    static final long FORK_TX_CHARGES = 1_050_000_000_000_000L;
    /** Matured blocks credited over the history: about four a day, as a small pool finds them. */
    static final int BLOCKS = 120;
    /** The pool's fee: credited is reward - 1 % (and the sub-Shannon wei of the reward). */
    static final long POOL_FEE_PERCENT = 1;
    static final int HISTORY_DAYS = 30;
    static final long BATCH_SECONDS = 6 * 3600;
    /** Rows 0..3 are the malformed miners; the rest are normal. */
    static final int MALFORMED_MINERS = 4;

    private static final long DAY = 86_400;
    private static final HexFormat HEX = HexFormat.of();

    final SeedSpec spec;
    final long now;
    final long unit;
    final List<MinerDraft> miners = new ArrayList<>();
    final List<PaymentDraft> payments = new ArrayList<>();
    /** The two stuck payments: index 0 went out on chain, index 1 holds the lock and never did. */
    final List<StuckDraft> stuck = new ArrayList<>();
    final List<Malformation> malformations = new ArrayList<>();
    final List<String> malformedLogins = new ArrayList<>();
    long lastCreditHeight;
    String lastCreditHash;
    /** The matured blocks, oldest first; the last one is lastCreditHeight/lastCreditHash. */
    final List<BlockDraft> blocks = new ArrayList<>();

    /**
     * One block as WriteMaturedBlock left it: its credits:all and blocks:matured members and the credits
     * hash (login -> Shannon). {@code creditedAt} is the unlocker's ts, {@code foundAt} the block's.
     */
    record BlockDraft(long height, String hash, String nonce, long foundAt, long creditedAt, java.math.BigInteger rewardWei,
                      java.util.Map<String, Long> credits) {
        String creditsMember() {
            return hash + ":" + creditedAt + ":" + rewardWei;
        }

        String maturedMember() {
            return String.join(":", "0", "0", nonce, hash, Long.toString(foundAt), "4000000000000",
                    Long.toString(credits.size() * 1_000L), rewardWei.toString());
        }

        /** What finances.totalMined grows by: RewardInShannon, the reward divided down. */
        long rewardShannon() {
            return rewardWei.divide(java.math.BigInteger.valueOf(1_000_000_000L)).longValueExact();
        }
    }

    record StuckDraft(MinerDraft miner, long amount, long debitTime, boolean sentOnChain) {
        String member() {
            return miner.login + ":" + amount;
        }
    }

    private final SplittableRandom rng;

    private PoolDraft(SeedSpec spec) {
        this.spec = spec;
        this.now = spec.now().getEpochSecond();
        // 2^10 units make the global threshold, so ~6.5% of the power law lands above it.
        this.unit = Math.max(1, spec.globalThreshold() >> 10);
        this.rng = new SplittableRandom(spec.seed());
    }

    static PoolDraft generate(SeedSpec spec) {
        PoolDraft d = new PoolDraft(spec);
        d.drawMiners();
        d.drawHistory();
        d.drawStuck();
        d.lastCreditHeight = 21_000_000L + d.rng.nextInt(1_000_000);
        d.lastCreditHash = d.hash();
        d.markMalformed();
        d.drawBlocks();
        return d;
    }

    private void drawMiners() {
        Set<String> logins = new HashSet<>();
        for (int i = 0; i < spec.miners(); i++) {
            String login;
            do {
                login = login();
            } while (!logins.add(login));
            MinerDraft m = new MinerDraft(login, tier());
            // A few per cent were paid out moments ago and have mined nothing since.
            m.balance = rng.nextInt(100) < 5 ? 0 : (unit << m.tier) + rng.nextLong(unit << m.tier);
            if (rng.nextInt(100) < 60) m.immature = unit + rng.nextLong(unit << rng.nextInt(8));
            m.lastShare = rng.nextInt(100) < 85
                    ? now - rng.nextLong(2 * DAY)
                    : now - 3 * DAY - rng.nextLong(27 * DAY);
            if (rng.nextInt(100) < 1) m.blocksFound = 1 + rng.nextInt(5);
            if (rng.nextInt(100) < 4) m.threshold = ownThreshold();
            miners.add(m);
        }
    }

    /** Power law on whole tiers: each doubling is 76% likely below the threshold, 50% above it. */
    private int tier() {
        int k = 0;
        while (k < 10 && rng.nextInt(1000) < 761) k++;
        if (k == 10) {
            while (k < 20 && rng.nextInt(2) == 0) k++;
        }
        return k;
    }

    /** The fork's per-miner threshold: some "use the global one" (<= 10), some higher, some lower. */
    private String ownThreshold() {
        int r = rng.nextInt(100);
        long g = spec.globalThreshold();
        if (r < 25) return List.of("0", "5", "10").get(rng.nextInt(3));
        if (r < 65) return Long.toString(g * (2 + rng.nextInt(9)));
        return Long.toString(g / (2 + rng.nextInt(9)));
    }

    /** A few batches a day for 30 days; each payee paid a bit more than its threshold, one tx each. */
    private void drawHistory() {
        int normal = miners.size() - MALFORMED_MINERS;
        int base = Math.max(2, miners.size() / 60);
        // Within the last 30 UTC days (today included), so the Finances view's 30 days hold all of it.
        long start = historyStart() + 600;
        int batches = (int) ((now - start) / BATCH_SECONDS);
        for (int b = 0; b < batches; b++) {
            long batchTime = start + b * BATCH_SECONDS + rng.nextInt(300);
            int count = Math.min(normal, base / 2 + rng.nextInt(base + 1));
            // The pool waits for each receipt (~15 s) before the next payee; big pools compress it.
            long step = Math.max(1, Math.min(15, (BATCH_SECONDS - 3600) / Math.max(1, count)));
            Set<Integer> paidThisBatch = new HashSet<>();
            for (int j = 0; j < count; j++) {
                int idx;
                do {
                    idx = MALFORMED_MINERS + rng.nextInt(normal);
                } while (!paidThisBatch.add(idx));
                MinerDraft m = miners.get(idx);
                addPayment(m, amountFor(m), batchTime + j * step, -1);
            }
        }
        // One payment written by the open-etc-pool-friends fork (the pool ran it for a while).
        MinerDraft m = miners.get(MALFORMED_MINERS + rng.nextInt(normal));
        long t = start + rng.nextLong(now - start - 2 * 3600);
        addPayment(m, amountFor(m), t, FORK_TX_CHARGES);
    }

    /** 00:00 UTC of the oldest of the 30 UTC days ending today. */
    long historyStart() {
        return Math.floorDiv(now, DAY) * DAY - (HISTORY_DAYS - 1) * DAY;
    }

    /**
     * The matured blocks that credited every Shannon the miners hold, are owed or were paid: each miner's
     * parsing non-negative balance + pending + paid goes to one block (every block gets at least one miner),
     * the reward is what was credited plus the pool's 1 % and a few sub-Shannon wei. Spread evenly over the
     * 30 days, heights rising to lastCreditHeight. The immature amounts belong to blocks not matured yet.
     */
    private void drawBlocks() {
        List<MinerDraft> credited = miners.stream().filter(m -> credit(m) > 0).toList();
        int count = Math.min(BLOCKS, credited.size());
        List<java.util.Map<String, Long>> credits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) credits.add(new java.util.LinkedHashMap<>());
        for (int i = 0; i < credited.size(); i++) {
            MinerDraft m = credited.get(i);
            credits.get(i < count ? i : rng.nextInt(count)).put(m.login, credit(m));
        }
        long from = historyStart();
        long span = now - 60 - from;
        long[] heights = new long[count];
        heights[count - 1] = lastCreditHeight;
        for (int k = count - 2; k >= 0; k--) heights[k] = heights[k + 1] - 100 - rng.nextInt(200);
        java.math.BigInteger shannon = java.math.BigInteger.valueOf(1_000_000_000L);
        for (int k = 0; k < count; k++) {
            long at = from + span * k / count + rng.nextLong(Math.max(1, span / count));
            long sum = credits.get(k).values().stream().mapToLong(Long::longValue).sum();
            java.math.BigInteger reward = java.math.BigInteger.valueOf(sum + sum * POOL_FEE_PERCENT / 100).multiply(shannon)
                    .add(java.math.BigInteger.valueOf(rng.nextLong(1_000_000_000L)));
            String hash = k == count - 1 ? lastCreditHash : hash();
            String nonce = "0x" + HEX.formatHex(java.nio.ByteBuffer.allocate(8).putLong(rng.nextLong()).array());
            blocks.add(new BlockDraft(heights[k], hash, nonce, at - 1_500 - rng.nextInt(600), at, reward, credits.get(k)));
        }
    }

    /** What the unlocker credited the miner over time: what it holds (when it parses and is not negative), owes and was paid. */
    static long credit(MinerDraft m) {
        return (m.balanceParses() ? Math.max(0, m.balance) : 0) + m.pending + m.paid;
    }

    private long amountFor(MinerDraft m) {
        long thr = m.effectiveThreshold(spec.globalThreshold());
        if (m.tier >= 15) return thr * (2 + rng.nextInt(20));
        return thr + 1 + rng.nextLong(Math.max(1, thr / 2));
    }

    private void addPayment(MinerDraft m, long amount, long time, long txCharges) {
        PaymentDraft p = new PaymentDraft(hash(), m.login, amount, time, txCharges);
        payments.add(p);
        m.paid += amount;
        m.paidBefore = true;
    }

    /**
     * Two normal miners with the global threshold whose debit was applied minutes ago: the pool
     * credited a little since (the unlocker keeps running), so their balance is small now.
     */
    private void drawStuck() {
        long g = spec.globalThreshold();
        long[] ago = {38 * 60, 9 * 60};
        for (int s = 0; s < 2; s++) {
            MinerDraft m;
            do {
                m = miners.get(MALFORMED_MINERS + rng.nextInt(miners.size() - MALFORMED_MINERS));
            } while (m.threshold != null || isStuck(m));
            long amount = g + 1 + rng.nextLong(2 * g);
            long creditSince = rng.nextLong(unit * 8);
            m.balance = amount + creditSince;
            m.lastShare = now - rng.nextInt(600);
            stuck.add(new StuckDraft(m, amount, now - ago[s] - rng.nextInt(60), s == 0));
        }
    }

    private boolean isStuck(MinerDraft m) {
        return stuck.stream().anyMatch(s -> s.miner() == m);
    }

    /** Rows 0..3: a non-numeric balance, a negative one, a short login, a mixed-case login. */
    private void markMalformed() {
        String coin = spec.coin();
        MinerDraft bad = miners.get(0);
        bad.balanceRaw = BAD_NUMBER_BALANCE;
        bad.malformed = true;
        malformations.add(new Malformation(coin + ":miners:" + bad.login, "balance", BAD_NUMBER_BALANCE,
                "balance is not a base-10 int64"));

        MinerDraft neg = miners.get(1);
        neg.balance = NEGATIVE_BALANCE;
        neg.malformed = true;
        malformations.add(new Malformation(coin + ":miners:" + neg.login, "balance", Long.toString(NEGATIVE_BALANCE),
                "balance is negative"));

        String shortLogin = miners.get(2).login.substring(0, 18);
        replaceLogin(2, shortLogin, "login is 16 hex digits, not 40");
        replaceLogin(3, mixedCase(miners.get(3).login), "login has upper-case hex digits");

        for (PaymentDraft p : payments) {
            if (p.txCharges() >= 0) {
                malformations.add(new Malformation(coin + ":payments:all", p.allMember(), p.allMember(),
                        "open-etc-pool-friends member format txHash:login:amount:txcharges"));
                malformations.add(new Malformation(coin + ":payments:" + p.login(), p.loginMember(), p.loginMember(),
                        "open-etc-pool-friends member format txHash:amount:txcharges"));
            }
        }
    }

    private void replaceLogin(int idx, String login, String reason) {
        MinerDraft old = miners.get(idx);
        MinerDraft m = new MinerDraft(login, old.tier);
        m.balance = old.balance;
        m.immature = old.immature;
        m.lastShare = old.lastShare;
        m.blocksFound = old.blocksFound;
        m.threshold = old.threshold;
        m.malformed = true;
        miners.set(idx, m);
        malformedLogins.add(login);
        malformations.add(new Malformation(spec.coin() + ":miners:" + login, "", login, reason));
    }

    private static String mixedCase(String login) {
        char[] c = login.toCharArray();
        boolean changed = false;
        for (int i = 2; i < c.length; i += 2) {
            if (c[i] >= 'a' && c[i] <= 'f') {
                c[i] = Character.toUpperCase(c[i]);
                changed = true;
            }
        }
        if (!changed) c[2] = 'A';
        return new String(c);
    }

    private String login() {
        byte[] b = new byte[20];
        rng.nextBytes(b);
        return "0x" + HEX.formatHex(b);
    }

    private String hash() {
        byte[] b = new byte[32];
        rng.nextBytes(b);
        return "0x" + HEX.formatHex(b);
    }
}
