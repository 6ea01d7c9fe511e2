package org.payoutdesk.chain;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.AnvilExtension;

/** The ground of the node and signer tests: the class's anvil and, for each test, a {@link #node} on it. */
@ExtendWith(AnvilExtension.class)
abstract class NodeCase {
    Web3EthNode node;

    @BeforeEach
    void connectNode(LocalAnvil anvil) {
        node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10));
    }

    @AfterEach
    void closeNode() {
        node.close();
    }
}
