package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.payoutdesk.chain.Fees;

/** {@link Fees} as the decimal-string map an attempt journals, and back. */
final class AttemptFees {
    private AttemptFees() { }

    static Map<String, String> of(Fees f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", f.type() == Fees.Type.LEGACY ? "legacy" : "eip1559");
        m.put("gasLimit", f.gasLimit().toString());
        if (f.type() == Fees.Type.LEGACY) {
            m.put("gasPrice", f.gasPriceWei().toString());
        } else {
            m.put("maxFeePerGas", f.maxFeeWei().toString());
            m.put("maxPriorityFeePerGas", f.maxPriorityFeeWei().toString());
        }
        return m;
    }

    /** Null when the map does not hold readable fees. */
    static Fees from(Map<String, String> m) {
        try {
            BigInteger gas = new BigInteger(m.get("gasLimit"));
            if ("legacy".equals(m.get("type"))) return Fees.legacy(new BigInteger(m.get("gasPrice")), gas);
            return Fees.eip1559(new BigInteger(m.get("maxFeePerGas")), new BigInteger(m.get("maxPriorityFeePerGas")), gas);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
