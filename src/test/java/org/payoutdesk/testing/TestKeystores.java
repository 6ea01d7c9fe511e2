package org.payoutdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/** Writes JSON keystore files (light scrypt, so tests stay fast) for a given or a fresh key. */
public final class TestKeystores {
    public static final String PASSWORD = "test-password";

    private TestKeystores() { }

    /** A keystore of {@code keyHex} in {@code dir}; returns its path. */
    public static Path of(String keyHex, Path dir) {
        return write(ECKeyPair.create(Numeric.toBigInt(keyHex)), dir);
    }

    /** A keystore of a freshly generated key in {@code dir}. */
    public static Path fresh(Path dir) {
        try {
            return write(Keys.createEcKeyPair(), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a key", e);
        }
    }

    /** The lower-case address a keystore file names. */
    public static String address(Path keystore) {
        try {
            String json = Files.readString(keystore);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"address\"\\s*:\\s*\"(?:0x)?([0-9a-fA-F]{40})\"").matcher(json);
            if (!m.find()) throw new IllegalStateException("no address in " + keystore);
            return "0x" + m.group(1).toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(ECKeyPair key, Path dir) {
        try {
            Files.createDirectories(dir);
            String name = WalletUtils.generateWalletFile(PASSWORD, key, dir.toFile(), false);
            return dir.resolve(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a keystore", e);
        }
    }
}
