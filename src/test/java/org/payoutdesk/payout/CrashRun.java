package org.payoutdesk.payout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.payoutdesk.chain.KeystoreSigner;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.TestKeystores;

/**
 * The process {@link KillCrashTest} kills with SIGKILL: the real engine on the test's Redis and anvil,
 * stopped dead at one step of a payment or a replacement. At that step it prints "AT step" and waits
 * to be killed; nothing after the step runs, no finally block, no shutdown hook.
 *
 * <p>Args: redis-host redis-port rpc-url keystore-dir|node batch LOGIN PaymentStep (dies at that step of
 * LOGIN's payment), or redis-host redis-port rpc-url keystore-dir|node SPEEDUP|CANCEL TX-HASH Replacements.Step.
 */
final class CrashRun {
    private CrashRun() {
    }

    public static void main(String[] args) throws Exception {
        RedisPoolLedger ledger = new RedisPoolLedger(
                new RedisEndpoint(args[0], Integer.parseInt(args[1]), 0, "", Duration.ofSeconds(3)), EngineRig.COIN);
        Web3EthNode node = Web3EthNode.connect(args[2], Duration.ofSeconds(3));
        boolean keystore = !args[3].equals("node");
        Signer signer;
        String pool;
        if (keystore) {
            Path file;
            try (Stream<Path> files = Files.list(Path.of(args[3]))) {
                file = files.filter(f -> f.getFileName().toString().startsWith("UTC--")).findFirst().orElseThrow();
            }
            pool = TestKeystores.address(file);
            signer = KeystoreSigner.open(node, file, TestKeystores.PASSWORD.toCharArray(), pool);
        } else {
            pool = LocalAnvil.ACCOUNT_0;
            signer = new NodeAccountSigner(node, pool, true);
        }
        PayoutSettings settings = new PayoutSettings(pool, EngineRig.THRESHOLD, 0, true, null, null,
                keystore ? PayoutSettings.FeeMode.EIP1559 : PayoutSettings.FeeMode.LEGACY, null, null, false,
                Duration.ofSeconds(20), 10_000, false, "kill-test");
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
        String what = args[4];
        String target = args[5];
        String step = args[6];
        if (what.equals("batch")) {
            desk.payer().hook((p, s) -> {
                if (p.login().equals(target) && s.name().equals(step)) die(step);
            });
            PayoutPlan plan = desk.plan(0);
            desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
        } else {
            Replacement r = desk.replacements().preview(target, Replacement.Kind.valueOf(what), null);
            desk.replacements().hook((m, s) -> {
                if (s.name().equals(step)) die(step);
            });
            desk.replacements().send(r);
        }
        System.out.println("DONE without reaching " + step);
        System.out.flush();
    }

    /** Says where it stands and waits for the SIGKILL. */
    private static void die(String step) {
        System.out.println("AT " + step);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // only the kill ends this process
            }
        }
    }
}
