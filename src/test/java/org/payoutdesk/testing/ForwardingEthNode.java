package org.payoutdesk.testing;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
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
 * A real node (anvil behind a {@code Web3EthNode}) with one or two calls changed by a test: every call
 * goes to the real node unless the subclass overrides it. Closing does nothing: the real node belongs
 * to the rig that opened it.
 */
public abstract class ForwardingEthNode implements EthNode {
    protected final EthNode node;

    protected ForwardingEthNode(EthNode node) {
        this.node = node;
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
    @Override public MempoolListing mempool(String from) { return node.mempool(from); }
    @Override public long blockTimestamp(long blockNumber) { return node.blockTimestamp(blockNumber); }
    @Override public OptionalLong firstBlockAtOrAfter(long unixSeconds) { return node.firstBlockAtOrAfter(unixSeconds); }

    @Override
    public TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                                      ScanProgress progress) {
        return node.findTransfers(from, to, valueWei, fromBlock, toBlock, progress);
    }

    @Override
    public TransferScan sentFrom(String from, long fromBlock, long toBlock, ScanProgress progress) {
        return node.sentFrom(from, fromBlock, toBlock, progress);
    }

    /** What a client that cannot list its mempool answers (the {@link EthNode} default). */
    protected final MempoolListing mempoolUnsupported(String from) {
        return EthNode.super.mempool(from);
    }

    @Override
    public void close() { }
}
