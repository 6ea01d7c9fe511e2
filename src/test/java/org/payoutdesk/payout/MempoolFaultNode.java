package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.FeeSuggestion;
import org.payoutdesk.chain.MempoolListing;
import org.payoutdesk.chain.PeerCount;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.ScanProgress;
import org.payoutdesk.chain.TransferScan;

/**
 * The real node (anvil behind a {@code Web3EthNode}) whose mempool listing a test spoils: {@code listing}
 * gets the real node and the sender and returns what the reconciler sees (the real listing with a
 * transaction dropped, a failure...). With no {@code listing} the node offers no way to list its mempool
 * (the {@link EthNode} default). {@code beforeScan} runs as a block scan starts (to mine a block under
 * it). Every other call goes to the real node.
 */
final class MempoolFaultNode implements EthNode {
    private final EthNode node;
    private final BiFunction<EthNode, String, MempoolListing> listing;
    private final Runnable beforeScan;

    MempoolFaultNode(EthNode node, BiFunction<EthNode, String, MempoolListing> listing) {
        this(node, listing, () -> { });
    }

    MempoolFaultNode(EthNode node, BiFunction<EthNode, String, MempoolListing> listing, Runnable beforeScan) {
        this.node = node;
        this.listing = listing;
        this.beforeScan = beforeScan;
    }

    @Override
    public MempoolListing mempool(String from) {
        return listing == null ? EthNode.super.mempool(from) : listing.apply(node, from);
    }

    @Override public String endpoint() { return node.endpoint(); }
    @Override public long chainId() { return node.chainId(); }
    @Override public long blockNumber() { return node.blockNumber(); }
    @Override public boolean syncing() { return node.syncing(); }
    @Override public PeerCount peerCount() { return node.peerCount(); }
    @Override public BigInteger balance(String address) { return node.balance(address); }
    @Override public long nonce(String address, BlockTag tag) { return node.nonce(address, tag); }
    @Override public BigInteger gasPrice() { return node.gasPrice(); }
    @Override public FeeSuggestion feeSuggestion() { return node.feeSuggestion(); }
    @Override public Optional<Receipt> receipt(String txHash) { return node.receipt(txHash); }
    @Override public Optional<ChainTx> transaction(String txHash) { return node.transaction(txHash); }
    @Override public long blockTimestamp(long blockNumber) { return node.blockTimestamp(blockNumber); }
    @Override public OptionalLong firstBlockAtOrAfter(long unixSeconds) { return node.firstBlockAtOrAfter(unixSeconds); }

    @Override
    public TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                                      ScanProgress progress) {
        beforeScan.run();
        return node.findTransfers(from, to, valueWei, fromBlock, toBlock, progress);
    }

    /** The real node is the rig's; it closes it. */
    @Override
    public void close() { }
}
