package org.payoutdesk.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything Payout Desk reads from the pool's config.json: {@code coin}, {@code redis},
 * {@code payouts} and our optional {@code desk} section. Build one in code with the canonical
 * constructor (the sandbox does) or read a file with {@link #load(Path)}.
 *
 * @param coin the key prefix: every Redis key is {@code <coin>:...}
 * @param stuck       desk.gasCeiling and desk.feeBump
 * @param networkFees the friends fork's payouts.keepNwFees, nwTxGas, nwTxGasPrice
 */
public record DeskConfig(String coin, RedisConfig redis, PayoutsConfig payouts, DeskSettings desk,
                         StuckSettings stuck, NetworkFees networkFees) {

    public DeskConfig(String coin, RedisConfig redis, PayoutsConfig payouts, DeskSettings desk) {
        this(coin, redis, payouts, desk, StuckSettings.defaults(), NetworkFees.off());
    }

    public DeskConfig {
        Objects.requireNonNull(stuck, "stuck");
        Objects.requireNonNull(networkFees, "networkFees");
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(payouts, "payouts");
        Objects.requireNonNull(desk, "desk");
        if (!ConfigReader.isCoin(coin)) {
            throw new IllegalArgumentException("coin must be [a-z0-9]+, got \"" + coin + "\"");
        }
    }

    /** Reads and checks a config file; every problem is one line naming the field. */
    public static DeskConfig load(Path file) throws ConfigException {
        return new ConfigReader().read(file);
    }

    /** Parses config text; relative desk paths are resolved against {@code baseDir}. */
    public static DeskConfig parse(String json, Path baseDir) throws ConfigException {
        return new ConfigReader().parse(json, baseDir);
    }

    public DeskConfig withDesk(DeskSettings desk) {
        return new DeskConfig(coin, redis, payouts, desk, stuck, networkFees);
    }
}
