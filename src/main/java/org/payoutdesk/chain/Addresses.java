package org.payoutdesk.chain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Address and hash checks: bad input is refused before it reaches the node. */
final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private Addresses() {
    }

    /** The lower-case form of a valid address; throws IllegalArgumentException naming {@code what} otherwise. */
    static String normalise(String address, String what) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException(what + " is not an address (0x + 40 hex digits): " + address);
        }
        return address.toLowerCase(Locale.ROOT);
    }

    static String hash(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a transaction hash (0x + 64 hex digits): " + hash);
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    /** A payment moves more than 0 wei; only a cancel (a transfer to the pool itself) moves 0. */
    static void checkValue(String to, java.math.BigInteger valueWei, String pool) {
        if (valueWei == null || valueWei.signum() < 0 || (valueWei.signum() == 0 && !to.equals(pool))) {
            throw new IllegalArgumentException("value must be > 0 wei (0 only for a cancel to the pool itself)");
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
