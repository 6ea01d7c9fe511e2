package org.payoutdesk.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code payout-desk gui} looks for the pool's config when no --config is given:
 * {@code ./config.json} (where the pool itself keeps it), then
 * {@code $XDG_CONFIG_HOME/payout-desk/config.json} ({@code ~/.config} when XDG_CONFIG_HOME is unset).
 */
public record ConfigLocator(Path workingDir, Path home, Map<String, String> env) {

    /** This process's working directory, home and environment. */
    public static ConfigLocator standard() {
        return new ConfigLocator(Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home", ".")),
                System.getenv());
    }

    /** In the order they are tried. */
    public List<Path> candidates() {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return List.of(workingDir.resolve("config.json"), configHome.resolve("payout-desk").resolve("config.json"));
    }

    /** The first candidate that is a file. */
    public Optional<Path> find() {
        return candidates().stream().filter(Files::isRegularFile).findFirst();
    }
}
