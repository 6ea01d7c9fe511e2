package org.payoutdesk.sandbox;

import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.RawRedis;

/**
 * The process {@link SandboxShutdownTest} sends SIGTERM to: a small sandbox whose before-shutdown action
 * takes a second (as a payout batch finishing its payment would) and then says whether Redis and anvil
 * still answer. Prints "READY redis-port anvil-port", then "DRAIN" and "SERVERS UP" or "SERVERS DOWN".
 */
final class SandboxShutdownRun {
    private SandboxShutdownRun() {
    }

    public static void main(String[] args) throws Exception {
        Sandbox sandbox = Sandbox.start(SeedSpec.defaults().withMiners(SeedSpec.MIN_MINERS)
                .withPoolAddress(LocalAnvil.ACCOUNT_0), false);
        sandbox.beforeShutdown(() -> {
            say("DRAIN");
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            say(answers(sandbox) ? "SERVERS UP" : "SERVERS DOWN");
        });
        say("READY " + sandbox.ledger().redis().port() + " " + sandbox.anvil().port());
        Thread.sleep(Long.MAX_VALUE);
    }

    private static boolean answers(Sandbox sandbox) {
        try (RawRedis redis = new RawRedis(sandbox.ledger().redis().host(), sandbox.ledger().redis().port())) {
            redis.ok("PING");
            new ChainRpc(sandbox.rpcUrl()).blockNumber();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
