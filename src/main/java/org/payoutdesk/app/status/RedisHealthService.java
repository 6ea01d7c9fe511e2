package org.payoutdesk.app.status;

import javafx.util.Duration;
import org.payoutdesk.ledger.PoolLedger;

/**
 * Pings Redis every period; after a failure it keeps retrying by itself with a doubling delay
 * (capped at a minute) and returns to the normal period as soon as a ping succeeds.
 * The value is the round trip in microseconds.
 */
public final class RedisHealthService extends BackoffHealthService<Long> {
    private final PoolLedger ledger;

    public RedisHealthService(PoolLedger ledger, Duration period) {
        super(period, "redis-health");
        this.ledger = ledger;
    }

    @Override
    protected Long check() {
        return ledger.pingMicros();
    }
}
