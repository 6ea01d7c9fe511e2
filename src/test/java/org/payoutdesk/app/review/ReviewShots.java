package org.payoutdesk.app.review;

import static org.payoutdesk.app.Shots.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.Shots;
import org.payoutdesk.app.ThemePreference;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * Screenshots of the review (light, dark) and of a batch mid-way (light), on a local Redis and anvil:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java <launcher flags> -cp target/classes:target/test-classes:target/lib/*
 * org.payoutdesk.app.review.ReviewShots docs/screenshots}
 */
public final class ReviewShots extends Application {
    private static LocalRedis redis;
    private static LocalAnvil anvil;
    private static Path dir;

    public static void main(String[] args) throws Exception {
        dir = Shots.outDir(args);
        redis = LocalRedis.start();
        anvil = LocalAnvil.start();
        try (GoPoolFixture pool = new GoPoolFixture(redis, "eth")) {
            long[] amounts = {12_480_000_117L, 7_250_000_000L, 4_100_030_000L, 2_999_999_999L, 1_870_400_000L,
                    1_500_000_001L, 1_204_000_000L, 980_000_000L, 761_250_000L, 620_000_000L, 540_000_009L, 500_000_001L};
            for (int i = 0; i < amounts.length; i++) pool.credit(String.format("0x%040x", 0xa11ce000L + i * 7919L), amounts[i]);
            pool.threshold(String.format("0x%040x", 0xa11ce000L + 3 * 7919L), "2500000000");
            pool.credit(String.format("0x%040x", 0xb0b0L), 120_000_000L); // under the threshold: not in the plan
            pool.minerField(String.format("0x%040x", 0xbad0L), "balance", "2.5e9"); // hand-edited: held
            pool.credit("0xNotAnAddress", 900_000_000L); // bad login: held
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { anvil.close(); redis.close(); }));
        Application.launch(ReviewShots.class);
        anvil.close();
        redis.close();
    }

    @Override
    public void start(Stage stage) {
        ThemePreference theme = new ThemePreference(Preferences.userRoot().node("payoutdesk-reviewshots"));
        theme.setDark(false);
        RedisPoolLedger ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth");
        Web3EthNode node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(3));
        PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, 500_000_000L, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(30), 10_000, false, "operator");
        HookedSigner signer = new HookedSigner(new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true));
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings);
        AppContext ctx = AppContext.forDesk(() -> desk, null, "Sandbox", false, null, 500_000_000L);
        MainController window = MainController.load(ctx, ledger, desk, theme, url -> { });
        stage.setTitle(ctx.title());
        Shots.show(stage, window);
        Shots.run(() -> {
            Thread.sleep(1500);
            onFx(() -> { window.reviewButton().fire(); return null; });
            ReviewView v = window.reviewDialog().view();
            while (onFx(() -> v.selection() == null)) Thread.sleep(100);
            onFx(() -> {
                Stage d = review();
                d.setX(0);
                d.setY(0);
                d.setWidth(1280);
                d.setHeight(800);
                var p = v.table().getItems().get(4);
                ((CheckBox) v.lookup("#tick-" + p.login())).fire(); // what a click does: untick, totals follow
                return null;
            });
            shot("review-light.png");
            onFx(() -> { theme.setDark(true); return null; });
            shot("review-dark.png");
            onFx(() -> { theme.setDark(false); return null; });
            ChainRpc rpc = new ChainRpc(anvil.rpcUrl());
            rpc.automine(false);
            rpc.call("evm_setIntervalMining", "1");
            onFx(() -> {
                ((CheckBox) v.lookup("#" + ReviewView.ID_WAIT_EACH)).setSelected(true);
                v.sendButton().fire();
                return null;
            });
            shot("confirm-light.png");
            onFx(ReviewShots::confirm);
            while (!onFx(() -> ((Label) v.lookup("#" + ReviewView.ID_COUNTS)).getText().startsWith("4 paid"))) Thread.sleep(100);
            shot("sending-light.png");
            onFx(() -> { ((Button) v.lookup("#" + ReviewView.ID_STOP)).fire(); return null; });
            while (onFx(() -> v.result() == null)) Thread.sleep(100);
            Thread.sleep(1500);
            shot("sent-light.png");
            // A halt: the node dies as the second payment of the next batch goes out.
            rpc.call("evm_setIntervalMining", "0");
            rpc.automine(true);
            int base = onFx(() -> v.result().paid().size());
            signer.beforeSend = n -> {
                if (n == base + 2) anvil.kill();
            };
            onFx(() -> { window.reviewDialog().close(); return null; });
            onFx(() -> { window.reviewButton().fire(); return null; });
            Thread.sleep(500);
            while (onFx(() -> v.selection() == null)) Thread.sleep(100);
            onFx(() -> { v.sendButton().fire(); return null; });
            Thread.sleep(800);
            onFx(ReviewShots::confirm);
            while (onFx(() -> v.sending() || v.result() == null || !v.result().halted())) Thread.sleep(100);
            Thread.sleep(500);
            onFx(() -> { window.reviewDialog().close(); window.show(MainController.Section.PENDING); return null; });
            shot("halted-light.png");
        }, () -> { });
    }

    /** Presses OK in the confirmation sheet, wherever it is open (on the JavaFX thread). */
    private static void confirm() {
        for (Window w : java.util.List.copyOf(Window.getWindows())) {
            var ok = w.getScene() == null ? null : w.getScene().lookup("#" + ReviewView.ID_CONFIRM_OK);
            if (ok instanceof Button b) b.fire();
        }
    }

    private static Stage review() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && "Review payout".equals(s.getTitle())) return s;
        }
        throw new IllegalStateException("no review window");
    }

    private static void shot(String name) throws Exception {
        Thread.sleep(1200);
        onFx(() -> null);
        Thread.sleep(300);
        Shots.grabScreen(dir.resolve(name));
    }
}
