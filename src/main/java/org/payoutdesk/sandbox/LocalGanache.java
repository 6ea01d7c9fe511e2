package org.payoutdesk.sandbox;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real ganache dev chain (a second node implementation to test against) on a free loopback port,
 * with its deterministic wallet: chain id 1337, unlocked accounts with 1000 ETH each.
 */
public final class LocalGanache implements AutoCloseable {
    public static final long CHAIN_ID = 1337;
    /** Deterministic account 0 (checked against ganache 7.9.2's own listing). */
    public static final String ACCOUNT_0 = "0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1";
    public static final String ACCOUNT_0_KEY = "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d";
    public static final String ACCOUNT_1 = "0xffcf8fdee72ac11b5c542428b35eef5769c409f0";
    public static final BigInteger DEV_BALANCE_WEI = new BigInteger("1000000000000000000000");

    private final DevChainProcess process;

    private LocalGanache(DevChainProcess process) {
        this.process = process;
    }

    public static LocalGanache start() {
        DevTools tools = DevTools.standard();
        Path cli = tools.ganacheCli();
        Path node = tools.node();
        Path dir = ServerProcess.tempDir("payout-desk-ganache-");
        int port = ServerProcess.freePort();
        List<String> cmd = List.of(node.toString(), cli.toString(), "--server.host", "127.0.0.1",
                "--server.port", Integer.toString(port), "--wallet.deterministic", "--logging.quiet");
        return new LocalGanache(DevChainProcess.start("ganache", cmd, port, dir, Duration.ofSeconds(90)));
    }

    public String rpcUrl() { return process.rpcUrl(); }

    public int port() { return process.port(); }

    public long chainId() { return CHAIN_ID; }

    public boolean isAlive() { return process.isAlive(); }

    public void kill() { process.kill(); }

    @Override
    public void close() { process.close(); }
}
