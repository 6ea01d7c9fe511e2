package org.payoutdesk.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.payoutdesk.testing.GoPoolFixture;

/** A ledger test with a second client beside the ledger: the unlocker, writing as the Go pool does. */
abstract class UnlockerCase extends LedgerCase {
    static final String ALICE = "0x" + "a1".repeat(20);

    GoPoolFixture unlocker;

    @BeforeEach
    void openUnlocker() {
        unlocker = new GoPoolFixture(redis, "eth");
    }

    @AfterEach
    void closeUnlocker() {
        unlocker.close();
    }
}
