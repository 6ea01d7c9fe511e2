package org.payoutdesk.cli;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.payoutdesk.money.Shannon;

/**
 * Small builders for the JSON documents (docs/cli-json.md). Amounts: Shannon as JSON numbers
 * ({@code ...Shannon}), wei as decimal strings ({@code ...Wei}, too big for a double), ETH as exact
 * decimal strings ({@code ...Eth}).
 */
final class Json {
    private Json() {
    }

    /** An ordered object from key, value pairs; null values are kept (written as null). */
    static Map<String, Object> obj(Object... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("key without a value");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** {"shannon": n, "eth": "1.5"} */
    static Map<String, Object> shannon(BigInteger shannon) {
        return obj("shannon", shannon, "eth", Shannon.formatEth(shannon));
    }

    static Map<String, Object> shannon(long shannon) {
        return obj("shannon", shannon, "eth", Shannon.formatEth(shannon));
    }

    /** {"wei": "1500000000000000000", "eth": "1.5"}; null stays null (unknown). */
    static Map<String, Object> wei(BigInteger wei) {
        return wei == null ? null : obj("wei", wei.toString(), "eth", Shannon.formatWeiAsEth(wei));
    }
}
