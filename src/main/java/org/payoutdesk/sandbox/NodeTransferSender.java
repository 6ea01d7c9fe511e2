package org.payoutdesk.sandbox;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.Web3EthNode;

/**
 * Sends the seeder's "went out" stuck payment for real, the way the pool does: {@code
 * eth_sendTransaction} from a node-managed account (anvil's dev accounts are unlocked). It then mines
 * a block at once and waits for the receipt, so the transfer is on chain (not in the mempool) before
 * the desk first reconciles.
 */
final class NodeTransferSender implements TransferSender {
    private static final Duration MINED_WITHIN = Duration.ofSeconds(10);

    private final LocalAnvil anvil;

    NodeTransferSender(LocalAnvil anvil) {
        this.anvil = Objects.requireNonNull(anvil, "anvil");
    }

    @Override
    public String send(String from, String to, BigInteger valueWei) {
        try (Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(10))) {
            NodeAccountSigner signer = new NodeAccountSigner(node, from, true);
            String hash = signer.send(signer.sign(to, valueWei, OptionalLong.empty(), null));
            anvil.mine();
            awaitReceipt(node, hash);
            return hash;
        }
    }

    private static void awaitReceipt(Web3EthNode node, String hash) {
        long deadline = System.nanoTime() + MINED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<Receipt> r = node.receipt(hash);
            if (r.isPresent()) {
                if (!r.get().succeeded()) throw new IllegalStateException("the sandbox's stuck transfer " + hash + " reverted");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + hash + " to be mined");
            }
        }
        throw new IllegalStateException("the sandbox's stuck transfer " + hash + " was not mined within "
                + MINED_WITHIN.toSeconds() + " s");
    }
}
