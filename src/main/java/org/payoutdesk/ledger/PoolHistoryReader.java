package org.payoutdesk.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.Tuple;

/**
 * Reads the money of a span of time in a few round trips. {@code credits:all} is scored by height, not time,
 * so it is walked back from the highest block in pages until a page's newest credit is older than the span
 * (the unlocker credits blocks in height order); then one pipeline reads every credited block's credits hash,
 * the {@code blocks:matured} members over those heights and {@code payments:all} by score.
 */
final class PoolHistoryReader {
    /** Members of credits:all per ZREVRANGE: a few pages cover a month of a busy pool. */
    static final int CREDITS_PAGE = 500;
    private static final Pattern BLOCK_HASH = Pattern.compile("0x[0-9a-fA-F]{1,64}");
    private static final Pattern WEI = Pattern.compile("0|[1-9][0-9]*");

    private final RedisAccess redis;
    private final PoolKeys keys;

    PoolHistoryReader(RedisAccess redis, PoolKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** A credits:all member that parsed, before its credits hash is read. */
    private record Credit(long height, String hash, long ts, BigInteger reward) { }

    PoolHistory read(long from, long to) {
        List<Problem> problems = new ArrayList<>();
        List<Credit> credits = creditsIn(from, to, problems);
        List<Response<Map<String, String>>> shares = new ArrayList<>(credits.size());
        Response<List<Tuple>> matured = null;
        Response<List<Tuple>> paid;
        try (AbstractPipeline p = redis.pipeline()) {
            for (Credit c : credits) shares.add(p.hgetAll(keys.credits(c.height(), c.hash())));
            if (!credits.isEmpty()) {
                long low = credits.getLast().height(), high = credits.getFirst().height();
                matured = p.zrangeByScoreWithScores(keys.maturedBlocks(), Long.toString(low), Long.toString(high));
            }
            paid = p.zrangeByScoreWithScores(keys.allPayments(), Long.toString(from), "(" + to);
            p.sync();
        }
        Map<String, String> maturedRewards = matured == null ? Map.of() : maturedRewards(matured.get(), problems);
        List<CreditedBlock> blocks = new ArrayList<>(credits.size());
        for (int i = 0; i < credits.size(); i++) {
            blocks.add(block(credits.get(i), shares.get(i).get(), maturedRewards, problems));
        }
        return new PoolHistory(blocks, payments(paid.get(), problems), problems);
    }

    private List<Credit> creditsIn(long from, long to, List<Problem> problems) {
        List<Credit> out = new ArrayList<>();
        for (long start = 0; ; start += CREDITS_PAGE) {
            List<Tuple> page = redis.client().zrevrangeWithScores(keys.creditsAll(), start, start + CREDITS_PAGE - 1);
            long newest = Long.MIN_VALUE;
            for (Tuple t : page) {
                Credit c = credit(t, problems);
                if (c == null) continue;
                newest = Math.max(newest, c.ts());
                if (c.ts() >= from && c.ts() < to) out.add(c);
            }
            if (page.size() < CREDITS_PAGE || (newest != Long.MIN_VALUE && newest < from)) return out;
        }
    }

    /** {@code hash:ts:reward} at score height; null (with a problem) when it cannot be dated or summed. */
    private Credit credit(Tuple t, List<Problem> problems) {
        String member = t.getElement();
        String where = keys.creditsAll() + " member '" + member + "'";
        String[] parts = member.split(":", -1);
        if (parts.length != 3) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, where + " is not hash:ts:reward (left out)"));
            return null;
        }
        int before = problems.size();
        long height = FieldCheck.score(keys.creditsAll(), t.getScore(), problems);
        long ts = FieldCheck.number(where + " ts", parts[1], problems);
        if (!BLOCK_HASH.matcher(parts[0]).matches()) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, where + ": block hash '" + parts[0] + "' is not 0x and hex"));
        }
        if (!WEI.matcher(parts[2]).matches()) {
            problems.add(new Problem(RowFlag.BAD_NUMBER, where + ": reward '" + parts[2] + "' is not a decimal wei amount"));
        }
        if (problems.size() > before) {
            Problem last = problems.removeLast();
            problems.add(new Problem(last.flag(), last.reason() + " (left out)"));
            return null;
        }
        return new Credit(height, parts[0], ts, new BigInteger(parts[2]));
    }

    /** height:hash -> reward of each blocks:matured member that parses; orphans carry no reward credited. */
    private Map<String, String> maturedRewards(List<Tuple> members, List<Problem> problems) {
        Map<String, String> out = new HashMap<>();
        for (Tuple t : members) {
            String[] parts = t.getElement().split(":", -1);
            if (parts.length != 8) {
                problems.add(new Problem(RowFlag.BAD_MEMBER, keys.maturedBlocks() + " member '" + t.getElement()
                        + "' is not uncleHeight:orphan:nonce:hash:timestamp:difficulty:shares:reward"));
                continue;
            }
            out.put((long) t.getScore() + ":" + parts[3], parts[7]);
        }
        return out;
    }

    private CreditedBlock block(Credit c, Map<String, String> shares, Map<String, String> maturedRewards,
                                List<Problem> problems) {
        String key = keys.credits(c.height(), c.hash());
        String reward = maturedRewards.get(c.height() + ":" + c.hash());
        if (reward == null) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, "block " + c.height() + " " + c.hash() + " of "
                    + keys.creditsAll() + " has no " + keys.maturedBlocks() + " member (counted from credits:all)"));
        } else if (!reward.equals(c.reward().toString())) {
            problems.add(new Problem(RowFlag.BAD_NUMBER, "block " + c.height() + " " + c.hash() + ": reward "
                    + c.reward() + " wei in " + keys.creditsAll() + " but '" + reward + "' in " + keys.maturedBlocks()
                    + " (counted from credits:all)"));
        }
        if (shares.isEmpty()) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, key + " is missing: what block " + c.height()
                    + " credited to miners is unknown (counted as 0, all kept)"));
        }
        BigInteger credited = BigInteger.ZERO;
        int miners = 0;
        for (Map.Entry<String, String> e : shares.entrySet()) {
            List<Problem> bad = new ArrayList<>(1);
            long v = FieldCheck.amount(key + " " + e.getKey(), e.getValue(), bad);
            if (bad.isEmpty()) {
                credited = credited.add(BigInteger.valueOf(v));
                miners++;
            } else {
                for (Problem b : bad) problems.add(new Problem(b.flag(), b.reason() + " (left out)"));
            }
        }
        return new CreditedBlock(c.height(), c.hash(), c.ts(), c.reward(), credited, miners);
    }

    /** Payments that parse; a member with a blocking problem is named and left out of every sum. */
    private List<PaymentRecord> payments(List<Tuple> members, List<Problem> problems) {
        List<PaymentRecord> out = new ArrayList<>(members.size());
        for (Tuple t : members) {
            PaymentRecord r = MemberParser.payment(t.getElement(), t.getScore());
            List<Problem> blocking = r.problems().stream().filter(Problem::blocksPayment).toList();
            if (blocking.isEmpty()) {
                out.add(r);
            } else {
                for (Problem b : blocking) {
                    problems.add(new Problem(b.flag(), keys.allPayments() + " member '" + r.member() + "': "
                            + b.reason() + " (left out)"));
                }
            }
        }
        return out;
    }
}
