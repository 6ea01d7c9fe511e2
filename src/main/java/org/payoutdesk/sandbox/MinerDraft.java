package org.payoutdesk.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** One miner as the seeder will write it; mutable while the history and stuck debits are drawn. */
final class MinerDraft {
    final String login;
    /** Power-law tier: the balance lies in [unit·2^tier, unit·2^(tier+1)). */
    final int tier;
    long balance;
    /** When set, written instead of {@link #balance} and left out of every sum (it does not parse). */
    String balanceRaw;
    long immature;
    long pending;
    long paid;
    /** Whether the pool ever moved money through pending/paid for it (then both fields exist). */
    boolean paidBefore;
    long lastShare;
    int blocksFound;
    /** Raw {@code settings:<login> payoutthreshold}, null when the miner set none. */
    String threshold;
    boolean malformed;

    MinerDraft(String login, int tier) {
        this.login = login;
        this.tier = tier;
    }

    /** The threshold the payouts apply: the miner's own when it is > 10, else the global one. */
    long effectiveThreshold(long global) {
        if (threshold == null) return global;
        long t = Long.parseLong(threshold);
        return t > 10 ? t : global;
    }

    boolean balanceParses() {
        return balanceRaw == null;
    }

    /** The hash fields the unlocker and payouts module would have left behind. */
    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("balance", balanceRaw != null ? balanceRaw : Long.toString(balance));
        f.put("immature", Long.toString(immature));
        if (paidBefore || pending != 0) {
            f.put("pending", Long.toString(pending));
            f.put("paid", Long.toString(paid));
        }
        f.put("lastShare", Long.toString(lastShare));
        if (blocksFound > 0) f.put("blocksFound", Integer.toString(blocksFound));
        return f;
    }
}
