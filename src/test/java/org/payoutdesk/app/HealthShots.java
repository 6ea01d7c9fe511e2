package org.payoutdesk.app;

import static org.payoutdesk.app.Shots.onFx;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.payoutdesk.app.overview.WalletSample;
import org.payoutdesk.app.overview.WalletSampleFile;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.TestKeystores;
import org.payoutdesk.wiring.UnlockableKeystoreSigner;

/**
 * Screenshots of the Overview (light, dark) and of the status bar's states, on a seeded Redis and a
 * real anvil with a locked keystore. Run under {@code xvfb-run -a} with the launcher's JVM flags and
 * {@code -cp target/test-classes:target/classes:target/lib/*}; the first argument is the output directory.
 */
public final class HealthShots extends Application {
    private static Path out;
    private static LocalRedis redis;
    private static LocalAnvil anvil;

    public static void main(String[] args) throws Exception {
        out = Shots.outDir(args);
        Path state = Files.createTempDirectory("payout-desk-shots-");
        System.setProperty(WalletSampleFile.STATE_DIR_PROPERTY, state.toString());
        redis = LocalRedis.start();
        anvil = LocalAnvil.start(2, LocalAnvil.DEFAULT_CHAIN_ID);
        DevDesk.seed(redis, 3000);
        Application.launch(HealthShots.class);
        redis.close();
        anvil.close();
    }

    @Override
    public void start(Stage stage) throws Exception {
        RedisPoolLedger ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth");
        Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(2));
        Path keystore = TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, Files.createTempDirectory("payout-desk-keys-"));
        UnlockableKeystoreSigner signer = new UnlockableKeystoreSigner(node, keystore, LocalAnvil.ACCOUNT_0);
        PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, 500_000_000L, 0, true, null, null,
                PayoutSettings.FeeMode.EIP1559, null, null, false, Duration.ofSeconds(20), 1_000, false, "shots");
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings);
        // The wallet a little above what is owed, and two days of history with one dip below it.
        var f = ledger.finances();
        long owed = f.balance() + f.pending();
        BigInteger wallet = Shannon.toWei(owed).multiply(BigInteger.valueOf(108)).divide(BigInteger.valueOf(100))
                .add(BigInteger.valueOf(123_456_789));
        anvil.setBalance(LocalAnvil.ACCOUNT_0, wallet);
        WalletSampleFile samples = WalletSampleFile.forPool("eth", ledger.endpointDisplay());
        Random rnd = new Random(7);
        long now = Instant.now().getEpochSecond();
        for (int i = 96; i > 0; i--) {
            long t = now - i * 1_800L;
            long o = owed - 30L * i * 1_000_000_000L / 20 + rnd.nextLong(2_000_000_000L);
            long w = i > 40 && i < 52 ? o - 12_000_000_000L : o + 25_000_000_000L + rnd.nextLong(3_000_000_000L);
            samples.append(new WalletSample(t, Shannon.toWei(Math.max(0, w)), Math.max(0, o)));
        }
        Preferences prefs = Preferences.userRoot().node("payoutdesk-healthshots");
        ThemePreference theme = new ThemePreference(prefs);
        theme.setDark(false);
        AppContext ctx = new AppContext(() -> ledger, () -> desk, signer, "Sandbox", false,
                "https://etherscan.io/tx/{tx}", 500_000_000L, Duration.ofSeconds(2));
        MainController window = MainController.load(ctx, ledger, desk, theme, url -> { });
        Shots.show(stage, window);
        Shots.run(() -> {
            Thread.sleep(6000);
            for (boolean dark : new boolean[] {false, true}) {
                String suffix = dark ? "dark" : "light";
                onFx(() -> { theme.setDark(dark); window.overview().root().setVvalue(0); return null; });
                Thread.sleep(1500);
                shot("overview-" + suffix + ".png", false);
                shot("status-keystore-locked-" + suffix + ".png", true);
                onFx(() -> { window.overview().root().setVvalue(1); return null; });
                Thread.sleep(800);
                shot("overview-charts-" + suffix + ".png", false);
                onFx(() -> { window.overview().root().setVvalue(0); return null; });
            }
            onFx(() -> { ((javafx.scene.control.Hyperlink) window.root().lookup("#status-unlock")).fire(); return null; });
            Thread.sleep(1500);
            shot("unlock-dialog-dark.png", false);
            onFx(() -> {
                javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                        .forEach(w -> ((Stage) w).close());
                return null;
            });
            signer.unlock(TestKeystores.PASSWORD.toCharArray());
            onFx(() -> { window.status().recheckNode(); return null; });
            Thread.sleep(3000);
            shot("status-healthy-dark.png", true);
            onFx(() -> { theme.setDark(false); return null; });
            Thread.sleep(1500);
            shot("status-healthy-light.png", true);
            anvil.kill();
            Thread.sleep(5000);
            shot("status-node-down-light.png", true);
            redis.kill();
            Thread.sleep(5000);
            shot("status-redis-down-light.png", true);
            onFx(() -> { theme.setDark(true); return null; });
            Thread.sleep(1500);
            shot("status-down-dark.png", true);
        }, () -> {
            window.dispose();
            ledger.close();
            node.close();
        });
    }

    /** The whole screen, or only the status bar (the bottom 28 px of the 1280×800 scene). */
    private static void shot(String name, boolean statusBar) throws Exception {
        onFx(() -> null);
        Thread.sleep(300);
        if (statusBar) {
            Shots.grabScreen(out.resolve(name), "-crop", "1280x28+0+772", "+repage");
        } else {
            Shots.grabScreen(out.resolve(name));
        }
    }
}
