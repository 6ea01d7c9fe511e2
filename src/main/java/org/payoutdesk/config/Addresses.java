package org.payoutdesk.config;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.jcajce.provider.digest.Keccak;

/**
 * Shapes of Ethereum addresses and transaction hashes as text. The pool stores logins in lower case;
 * an address written in mixed case carries an EIP-55 checksum, which is checked as wallets do.
 */
public final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern ZERO = Pattern.compile("0x0{40}");
    private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private Addresses() {
    }

    /** "0x" and 40 hex digits, either case. */
    public static boolean isAddress(String s) {
        return s != null && ADDRESS.matcher(s).matches();
    }

    /**
     * True unless {@code address} is in mixed case with a wrong EIP-55 checksum (the usual sign of a typo).
     * All lower case and all upper case carry no checksum and pass.
     */
    public static boolean checksumOk(String address) {
        if (!isAddress(address)) return false;
        String hex = address.substring(2);
        if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) return true;
        return hex.equals(checksummed(hex.toLowerCase(Locale.ROOT)));
    }

    /** The EIP-55 form of 40 lower-case hex digits (without 0x): a letter is upper case where the keccak nibble >= 8. */
    static String checksummed(String lowerHex) {
        byte[] hash = new Keccak.Digest256().digest(lowerHex.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            char c = lowerHex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** One line for an address whose checksum is wrong, naming where it came from. */
    public static String checksumProblem(String where, String address) {
        return where + ": '" + address + "' is in mixed case but its EIP-55 checksum is wrong (a typo?); "
                + "check the address, or write it all in lower case";
    }

    public static boolean isZero(String address) {
        return ZERO.matcher(address).matches();
    }

    /** "0x" and 64 hex digits, either case. */
    public static boolean isTxHash(String s) {
        return s != null && TX_HASH.matcher(s).matches();
    }
}
