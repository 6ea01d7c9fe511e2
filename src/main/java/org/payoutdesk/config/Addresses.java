package org.payoutdesk.config;

import java.util.regex.Pattern;

/** Shapes of Ethereum addresses and transaction hashes as text (no checksum: the pool stores lower case). */
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

    public static boolean isZero(String address) {
        return ZERO.matcher(address).matches();
    }

    /** "0x" and 64 hex digits, either case. */
    public static boolean isTxHash(String s) {
        return s != null && TX_HASH.matcher(s).matches();
    }
}
