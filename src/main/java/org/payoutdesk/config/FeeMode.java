package org.payoutdesk.config;

/** How transactions are priced: the pool's single gas price, or EIP-1559 fees. */
public enum FeeMode {
    LEGACY("legacy"),
    EIP1559("eip1559");

    private final String configName;

    FeeMode(String configName) {
        this.configName = configName;
    }

    /** The spelling in config.json's desk.fees. */
    public String configName() {
        return configName;
    }
}
