package org.payoutdesk.app;

import static org.payoutdesk.app.Shots.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * Developer launcher: a local Redis seeded with raw keys the way the Go pool writes them, then the
 * real window. {@code -Ddesk.miners=N} (default 3000); {@code -Ddesk.shots=DIR} cycles every view in
 * light and dark and takes screenshots with ImageMagick's {@code import}, then exits.
 */
public final class DevDesk extends Application {
    private static LocalRedis redis;

    public static void main(String[] args) {
        redis = LocalRedis.start();
        int miners = Integer.getInteger("desk.miners", 3000);
        seed(redis, miners);
        System.out.println("Redis " + redis.endpoint() + " seeded with " + miners + " miners");
        Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
        if (System.getProperty("desk.shots") != null) {
            Application.launch(DevDesk.class);
        } else {
            DeskApp.launch(context());
        }
        redis.close();
    }

    static AppContext context() {
        RedisEndpoint ep = new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(2));
        return new AppContext(() -> new RedisPoolLedger(ep, "eth"), "Sandbox", false,
                "https://etherscan.io/tx/{tx}", 500_000_000L);
    }

    /** Screenshot mode: every view, light then dark. */
    @Override
    public void start(Stage stage) {
        Path dir = Path.of(System.getProperty("desk.shots"));
        Preferences prefs = Preferences.userRoot().node("payoutdesk-devdesk");
        ThemePreference theme = new ThemePreference(prefs);
        theme.setDark(false);
        AppContext ctx = context();
        var ledger = ctx.ledgerFactory().get();
        MainController window = MainController.load(ctx, ledger, null, theme, url -> { });
        stage.setTitle(ctx.title());
        Shots.show(stage, window);
        Shots.run(() -> {
            Files.createDirectories(dir);
            Thread.sleep(3000);
            if (Boolean.getBoolean("desk.measure")) measure(window);
            for (boolean dark : new boolean[] {false, true}) {
                onFx(() -> theme.setDark(dark));
                for (MainController.Section s : MainController.Section.values()) {
                    onFx(() -> {
                        window.show(s);
                        if (s == MainController.Section.PAYEES && window.payees().table().getItems().size() > 3) {
                            window.payees().table().getSelectionModel().select(3);
                        }
                    });
                    Thread.sleep(Long.getLong("desk.shotDelay", 4000));
                    onFx(() -> { }); // the JavaFX thread has caught up
                    Thread.sleep(500);
                    String name = s.name().toLowerCase() + "-" + (dark ? "dark" : "light") + ".png";
                    Shots.grabScreen(dir.resolve(name));
                }
            }
        }, () -> {
            window.dispose();
            ledger.close();
        });
    }

    /** Prints how long the 100,000-row operations take (search on the JavaFX thread, sort until shown). */
    private static void measure(MainController window) throws Exception {
        while (window.payees().table().getItems().isEmpty()) Thread.sleep(200);
        var table = window.payees().table();
        StringBuilder out = new StringBuilder("rows " + table.getItems().size());
        onFx(() -> {
            window.show(MainController.Section.PAYEES);
            var search = (javafx.scene.control.TextField) window.root().lookup("#payees-search");
            long t0 = System.nanoTime();
            search.setText("abc");
            search.getOnAction().handle(null);
            long t1 = System.nanoTime();
            int shown = table.getItems().size();
            search.setText("");
            search.getOnAction().handle(null);
            long t2 = System.nanoTime();
            out.append(String.format("; search 'abc' -> %d rows in %.1f ms; cleared in %.1f ms", shown,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        });
        for (int col : new int[] {1, 1, 4}) {
            long start = System.nanoTime();
            long[] fxMs = new long[1];
            onFx(() -> {
                var c = table.getColumns().get(col);
                long s0 = System.nanoTime();
                if (table.getSortOrder().contains(c)) {
                    c.setSortType(c.getSortType() == javafx.scene.control.TableColumn.SortType.ASCENDING
                            ? javafx.scene.control.TableColumn.SortType.DESCENDING
                            : javafx.scene.control.TableColumn.SortType.ASCENDING);
                } else {
                    table.getSortOrder().setAll(java.util.List.of(c));
                }
                fxMs[0] = (System.nanoTime() - s0) / 1_000_000;
            });
            Thread.sleep(20);
            while (onFx(() -> window.payees().sorting().get())) Thread.sleep(5);
            out.append(String.format("; sort by %s %s: shown after %.1f ms (JavaFX thread busy %d ms)",
                    table.getColumns().get(col).getText(), table.getColumns().get(col).getSortType(),
                    (System.nanoTime() - start) / 1e6, fxMs[0]));
        }
        System.out.println("MEASURE " + out);
    }

    /** Thousands of miners, a month of payments, one stuck payment and its lock; finances consistent. */
    static void seed(LocalRedis r, int miners) {
        Random rnd = new Random(42);
        long now = Instant.now().getEpochSecond();
        long sumBalance = 0;
        long sumPaid = 0;
        long sumImmature = 0;
        try (Jedis j = new Jedis(r.host(), r.port())) {
            Pipeline p = j.pipelined();
            String[] logins = new String[miners];
            for (int i = 0; i < miners; i++) {
                String login = String.format("0x%040x", new java.math.BigInteger(160, rnd));
                logins[i] = login;
                // Log-uniform balances from 1 Shannon to ~30 ETH.
                long balance = (long) Math.pow(10, rnd.nextDouble() * 10.5);
                long immature = rnd.nextInt(4) == 0 ? rnd.nextLong(50_000_000L) : 0;
                Map<String, String> h = new HashMap<>();
                h.put("balance", Long.toString(balance));
                h.put("immature", Long.toString(immature));
                h.put("pending", "0");
                h.put("paid", "0");
                h.put("lastShare", Long.toString(now - rnd.nextLong(86_400L * 3)));
                if (i % 997 == 13) h.put("balance", "1.5e9"); // malformed, as a hand-edited row would be
                else sumBalance += balance;
                sumImmature += immature;
                p.hset("eth:miners:" + login, h);
                if (i % 50 == 7) p.hset("eth:settings:" + login, "payoutthreshold", Long.toString(2_000_000_000L));
            }
            // A month of payouts: one batch a day.
            Map<String, Long> paid = new HashMap<>();
            for (int day = 0; day < 30; day++) {
                int batch = 20 + rnd.nextInt(60);
                for (int k = 0; k < batch; k++) {
                    String login = logins[rnd.nextInt(miners)];
                    long amount = 500_000_000L + rnd.nextLong(2_000_000_000L);
                    long ts = now - day * 86_400L - rnd.nextInt(3600);
                    String tx = String.format("0x%064x", new java.math.BigInteger(256, rnd));
                    p.zadd("eth:payments:all", ts, tx + ":" + login + ":" + amount);
                    p.zadd("eth:payments:" + login, ts, tx + ":" + amount);
                    paid.merge(login, amount, Long::sum);
                    sumPaid += amount;
                }
            }
            paid.forEach((login, amount) -> p.hset("eth:miners:" + login, "paid", Long.toString(amount)));
            // One stuck payment: debited, never recorded, lock held.
            String stuck = logins[1];
            long stuckAmount = 1_234_567_891L;
            p.hset("eth:miners:" + stuck, "pending", Long.toString(stuckAmount));
            p.zadd("eth:payments:pending", now - 5400, stuck + ":" + stuckAmount);
            p.set("eth:payments:lock", stuck + ":" + stuckAmount);
            p.hset("eth:finances", Map.of("balance", Long.toString(sumBalance), "immature", Long.toString(sumImmature),
                    "pending", Long.toString(stuckAmount), "paid", Long.toString(sumPaid),
                    "totalMined", Long.toString(sumBalance + sumPaid + stuckAmount),
                    "lastCreditHeight", "18765432", "lastCreditHash", "0x" + "cd".repeat(32)));
            p.sync();
        }
    }
}
