package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.function.BiFunction;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.MempoolListing;
import org.payoutdesk.chain.ScanProgress;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.testing.ForwardingEthNode;

/**
 * The real node (anvil behind a {@code Web3EthNode}) whose mempool listing a test spoils: {@code listing}
 * gets the real node and the sender and returns what the reconciler sees (the real listing with a
 * transaction dropped, a failure...). With no {@code listing} the node offers no way to list its mempool
 * (the {@link EthNode} default). {@code beforeScan} runs as a block scan starts (to mine a block under
 * it). Every other call goes to the real node.
 */
final class MempoolFaultNode extends ForwardingEthNode {
    private final BiFunction<EthNode, String, MempoolListing> listing;
    private final Runnable beforeScan;

    MempoolFaultNode(EthNode node, BiFunction<EthNode, String, MempoolListing> listing) {
        this(node, listing, () -> { });
    }

    MempoolFaultNode(EthNode node, BiFunction<EthNode, String, MempoolListing> listing, Runnable beforeScan) {
        super(node);
        this.listing = listing;
        this.beforeScan = beforeScan;
    }

    @Override
    public MempoolListing mempool(String from) {
        return listing == null ? mempoolUnsupported(from) : listing.apply(node, from);
    }


    @Override
    public TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                                      ScanProgress progress) {
        beforeScan.run();
        return node.findTransfers(from, to, valueWei, fromBlock, toBlock, progress);
    }

}
