package org.payoutdesk.sandbox;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real anvil dev chain on a free loopback port, for the tests and the sandbox. Without a block
 * time every transaction is mined at once; {@code blockTime(n)} mines a block every n seconds.
 * The dev accounts are unlocked, so {@code eth_sendTransaction} works as with the pool's node.
 */
public final class LocalAnvil implements AutoCloseable {
    public static final long DEFAULT_CHAIN_ID = 31337;
    /** Dev account 0 (anvil's default mnemonic): funded with 10000 ETH and unlocked. */
    public static final String ACCOUNT_0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    /** Its private key: public knowledge, for dev chains only. */
    public static final String ACCOUNT_0_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** Dev account 1, also funded and unlocked. */
    public static final String ACCOUNT_1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    /** Every dev account starts with 10000 ETH. */
    public static final BigInteger DEV_BALANCE_WEI = new BigInteger("10000000000000000000000");

    private final DevChainProcess process;
    private final long chainId;

    private LocalAnvil(DevChainProcess process, long chainId) {
        this.process = process;
        this.chainId = chainId;
    }

    /** Anvil with instant mining and chain id 31337. */
    public static LocalAnvil start() {
        return start(0, DEFAULT_CHAIN_ID);
    }

    /**
     * @param blockTimeSeconds 0 for a block per transaction, else a block every n seconds
     * @param chainId the chain id to report (31337 is anvil's default)
     */
    public static LocalAnvil start(int blockTimeSeconds, long chainId) {
        Path anvil = DevTools.standard().anvil();
        Path dir = ServerProcess.tempDir("payout-desk-anvil-");
        int port = ServerProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(anvil.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--chain-id", Long.toString(chainId), "--silent"));
        if (blockTimeSeconds > 0) {
            cmd.add("--block-time");
            cmd.add(Integer.toString(blockTimeSeconds));
        }
        return new LocalAnvil(DevChainProcess.start("anvil", cmd, port, dir, Duration.ofSeconds(30)), chainId);
    }

    public String rpcUrl() { return process.rpcUrl(); }

    public int port() { return process.port(); }

    public long chainId() { return chainId; }

    public boolean isAlive() { return process.isAlive(); }

    /** Sets an account's balance (anvil_setBalance), e.g. to fund the sandbox's pool address. */
    public void setBalance(String address, BigInteger wei) {
        process.rpc("anvil_setBalance", "[\"" + address + "\",\"0x" + wei.toString(16) + "\"]");
    }

    /** Mines one block now (evm_mine). */
    public void mine() {
        process.rpc("evm_mine", "[]");
    }

    /**
     * Mines {@code blocks} empty blocks at once (anvil_mine, same timestamp), in calls of at most 250
     * so none outlasts the set-up call timeout: a long chain for scan benchmarks and tests.
     */
    public void mine(long blocks) {
        for (long left = blocks; left > 0; left -= 250) {
            process.rpc("anvil_mine", "[\"0x" + Long.toHexString(Math.min(left, 250)) + "\",\"0x0\"]");
        }
    }

    /** Turns instant mining on or off (evm_setAutomine): off, sent transactions wait for {@link #mine()}. */
    public void automine(boolean on) {
        process.rpc("evm_setAutomine", "[" + on + "]");
    }

    /** Kills the node (tests use this to simulate the node dying mid-way). */
    public void kill() { process.kill(); }

    @Override
    public void close() { process.close(); }
}
