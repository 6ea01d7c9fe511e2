package org.payoutdesk.app.overview;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wallet-vs-owed history of one pool, kept across restarts in a small CSV file
 * ({@code epochSecond,walletWei,owedShannon} per line) in the user's state directory. Samples older
 * than the retention are dropped when the file is read; a line that does not parse is reported and
 * skipped (and dropped at the next compaction), never fatal. Called off the JavaFX thread.
 */
public final class WalletSampleFile {
    private static final Logger LOG = LoggerFactory.getLogger(WalletSampleFile.class);
    /** Overrides the state directory (tests, portable installs). */
    public static final String STATE_DIR_PROPERTY = "payoutdesk.stateDir";
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(14);
    private static final String HEADER = "# epochSecond,walletWei,owedShannon";

    private final Path file;
    private final Duration retention;

    public WalletSampleFile(Path file, Duration retention) {
        this.file = file;
        this.retention = retention;
    }

    /** {@code <state>/payout-desk/<coin>-<8 hex of sha-256(endpoint)>.samples.csv}. */
    public static WalletSampleFile forPool(String coin, String endpoint) {
        return new WalletSampleFile(stateDir().resolve(fileName(coin, endpoint)), DEFAULT_RETENTION);
    }

    static String fileName(String coin, String endpoint) {
        String safeCoin = coin == null || coin.isBlank() ? "pool" : coin.replaceAll("[^A-Za-z0-9_-]", "_");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.valueOf(endpoint).getBytes(StandardCharsets.UTF_8));
            return safeCoin + "-" + HexFormat.of().formatHex(h, 0, 4) + ".samples.csv";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** -Dpayoutdesk.stateDir, else $XDG_STATE_HOME/payout-desk, else ~/.local/state/payout-desk. */
    static Path stateDir() {
        String prop = System.getProperty(STATE_DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("payout-desk");
    }

    public Path path() {
        return file;
    }

    /** Appends one sample (creating the file and its directory on first use). */
    public synchronized void append(WalletSample s) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean fresh = !Files.exists(file);
        String text = (fresh ? HEADER + "\n" : "") + s.line() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Reads the samples of the retention window before {@code nowEpochSecond}; an absent file is empty. */
    public synchronized WalletSamples read(long nowEpochSecond) throws IOException {
        if (!Files.exists(file)) return new WalletSamples(List.of(), List.of());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long cutoff = nowEpochSecond - retention.toSeconds();
        List<WalletSample> kept = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int expired = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                WalletSample s = parse(line);
                if (s.epochSecond() < cutoff) {
                    expired++;
                } else {
                    kept.add(s);
                }
            } catch (IllegalArgumentException e) {
                rejected.add("line " + (i + 1) + " '" + abbreviate(line) + "': " + e.getMessage());
            }
        }
        kept.sort(java.util.Comparator.comparingLong(WalletSample::epochSecond));
        if (!rejected.isEmpty()) LOG.warn("{}: skipped {} unreadable line(s): {}", file, rejected.size(), rejected);
        if (expired > 0 || !rejected.isEmpty()) rewrite(kept);
        return new WalletSamples(kept, rejected);
    }

    /** One line; IllegalArgumentException with the reason when it is not three non-negative integers. */
    static WalletSample parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 3) throw new IllegalArgumentException("expected 3 fields, found " + f.length);
        long at;
        BigInteger wallet;
        long owed;
        try {
            at = Long.parseLong(f[0].strip());
            wallet = new BigInteger(f[1].strip());
            owed = Long.parseLong(f[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer");
        }
        if (at <= 0) throw new IllegalArgumentException("timestamp " + at + " is not positive");
        if (wallet.signum() < 0 || owed < 0) throw new IllegalArgumentException("negative amount");
        return new WalletSample(at, wallet, owed);
    }

    /** Keeps the file small: the kept samples only, written to a temporary file and moved over. */
    private void rewrite(List<WalletSample> kept) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (WalletSample s : kept) sb.append(s.line()).append('\n');
        try {
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot compact {}: {}", file, e.getMessage());
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
