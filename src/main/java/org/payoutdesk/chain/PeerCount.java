package org.payoutdesk.chain;

import java.util.OptionalLong;

/**
 * The node's {@code net_peerCount}; empty when the node does not implement it (anvil answers
 * -32601), which is "unknown" rather than zero.
 */
public record PeerCount(OptionalLong count) {
    public PeerCount {
        if (count == null) throw new IllegalArgumentException("count must not be null (use OptionalLong.empty())");
    }

    public static PeerCount of(long n) { return new PeerCount(OptionalLong.of(n)); }

    public static PeerCount unknown() { return new PeerCount(OptionalLong.empty()); }

    public boolean known() { return count.isPresent(); }

    /** The pool's check {@code peers >= requirePeers}; an unknown count only satisfies 0. */
    public boolean satisfies(int requirePeers) {
        if (requirePeers <= 0) return true;
        return count.isPresent() && count.getAsLong() >= requirePeers;
    }

    /** One line for the operator, e.g. "3 peers (need 25)". */
    public String describe(int requirePeers) {
        String have = count.isPresent() ? count.getAsLong() + " peers"
                : "peer count unknown (the node has no net_peerCount)";
        if (satisfies(requirePeers)) return requirePeers > 0 ? have + " (need " + requirePeers + ")" : have;
        return have + ", but requirePeers is " + requirePeers
                + (count.isPresent() ? "" : "; set requirePeers to 0 for this node");
    }
}
