package org.payoutdesk.wiring;

import java.util.Objects;
import org.payoutdesk.payout.PaymentDesk;

/**
 * A {@link PaymentDesk} opened on the pool's Redis and node, with what the front ends show about
 * where it is connected. Closing it closes the Redis pool and the node client.
 *
 * @param walletKnown false while payouts.address is unset: wallet figures are then meaningless
 */
public record AssembledDesk(PaymentDesk desk, String redisEndpoint, String nodeEndpoint, boolean walletKnown)
        implements AutoCloseable {

    public AssembledDesk {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(redisEndpoint, "redisEndpoint");
        Objects.requireNonNull(nodeEndpoint, "nodeEndpoint");
    }

    /** The keystore the window must unlock with a password, or null when the signer needs none. */
    public org.payoutdesk.payout.KeystoreUnlock keystoreUnlock() {
        return desk.signer() instanceof org.payoutdesk.payout.KeystoreUnlock k ? k : null;
    }

    @Override
    public void close() {
        try {
            desk.ledger().close();
        } finally {
            desk.node().close();
        }
    }
}
