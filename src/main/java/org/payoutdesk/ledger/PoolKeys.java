package org.payoutdesk.ledger;

import java.util.Objects;

/**
 * Every Redis key and member of SCHEMA.md for one coin: {@code <coin>:<part>:<part>…}, parts joined
 * with {@code :}, exactly as the Go pool's {@code formatKey} and {@code join} build them.
 */
public final class PoolKeys {
    private final String coin;

    public PoolKeys(String coin) {
        Objects.requireNonNull(coin, "coin");
        if (coin.isBlank() || coin.contains(":")) {
            throw new IllegalArgumentException("coin must be a non-empty key prefix without ':', got '" + coin + "'");
        }
        this.coin = coin;
    }

    public String coin() { return coin; }

    /** {@code <coin>:miners:<login>}. */
    public String miner(String login) { return coin + ":miners:" + login; }

    /** What precedes the login in a miner key; the login is the rest of the key. */
    public String minerPrefix() { return coin + ":miners:"; }

    /** The SCAN MATCH pattern of the miner hashes, with glob characters in the coin escaped. */
    public String minersPattern() { return escapeGlob(coin) + ":miners:*"; }

    /**
     * One SCAN MATCH pattern for both the miner and the settings hashes: "miners" and "settings"
     * letter by letter ({@code [ms][ie][nt][et][ri][sn]}), so the payee table finds which miners have
     * a settings hash in the same pass. Callers keep only keys starting with {@link #minerPrefix()}
     * or {@link #settingsPrefix()}.
     */
    public String minersAndSettingsPattern() { return escapeGlob(coin) + ":[ms][ie][nt][et][ri][sn]*"; }

    /** What precedes the login in a settings key. */
    public String settingsPrefix() { return coin + ":settings:"; }

    public String finances() { return coin + ":finances"; }

    public String pending() { return coin + ":payments:pending"; }

    public String lock() { return coin + ":payments:lock"; }

    /** Payout Desk's own stream of operator actions (not a pool key). */
    public String audit() { return coin + ":desk:audit"; }

    /** Payout Desk's own journal of every transaction sent for a payment (not a pool key). */
    public String attempts() { return coin + ":desk:attempts"; }

    public String allPayments() { return coin + ":payments:all"; }

    /** {@code <coin>:payments:<login>}. */
    public String payments(String login) { return coin + ":payments:" + login; }

    public String pendingNonce() { return coin + ":payments:pendingnonce"; }

    public String pendingTx() { return coin + ":payments:pendingtx"; }

    /** {@code <coin>:credits:all}: score = block height, member {@code hash:ts:reward} (unlocker's WriteMaturedBlock). */
    public String creditsAll() { return coin + ":credits:all"; }

    /** {@code <coin>:credits:<height>:<hash>}: login -> Shannon credited for that matured block. */
    public String credits(long height, String hash) { return coin + ":credits:" + height + ":" + hash; }

    /** {@code <coin>:blocks:matured}: score = height, member {@code uncleHeight:orphan:nonce:hash:ts:diff:shares:reward}. */
    public String maturedBlocks() { return coin + ":blocks:matured"; }

    /** {@code <coin>:settings:<login>} (open-etc-pool-friends per-miner threshold). */
    public String settings(String login) { return coin + ":settings:" + login; }

    /** Member of payments:pending, the lock value and the journal field name: {@code login:amount}. */
    public static String pendingMember(String login, long amount) { return login + ":" + amount; }

    /** Member of payments:all: {@code txHash:login:amount}. */
    public static String paymentMember(String txHash, String login, long amount) {
        return txHash + ":" + login + ":" + amount;
    }

    /** open-etc-pool-friends' payments:all member with the network fee kept: {@code txHash:login:amount:txcharges}. */
    public static String paymentMember(String txHash, String login, long amount, long txCharges) {
        return paymentMember(txHash, login, amount) + ":" + txCharges;
    }

    /** open-etc-pool-friends' payments:&lt;login&gt; member: {@code txHash:amount:txcharges}. */
    public static String loginPaymentMember(String txHash, long amount, long txCharges) {
        return loginPaymentMember(txHash, amount) + ":" + txCharges;
    }

    /** Member of payments:&lt;login&gt;: {@code txHash:amount}. */
    public static String loginPaymentMember(String txHash, long amount) { return txHash + ":" + amount; }

    static String escapeGlob(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
