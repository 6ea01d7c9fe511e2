package org.payoutdesk.chain;

/** Which state a nonce is read from: mined ({@code latest}) or including the mempool ({@code pending}). */
public enum BlockTag {
    LATEST("latest"),
    PENDING("pending");

    private final String rpcName;

    BlockTag(String rpcName) {
        this.rpcName = rpcName;
    }

    public String rpcName() { return rpcName; }
}
