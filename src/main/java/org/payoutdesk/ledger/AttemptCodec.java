package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of a {@code desk:attempts} value: {@code [{"hash":..,"nonce":..,"fees":{..},"kind":..,"at":..}, ...]}. */
final class AttemptCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AttemptCodec() { }

    static String write(List<TxAttempt> attempts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TxAttempt a : attempts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hash", a.hash());
            m.put("nonce", a.nonce());
            m.put("fees", new TreeMap<>(a.fees()));
            m.put("kind", a.kind());
            m.put("at", a.at());
            out.add(m);
        }
        return MAPPER.writeValueAsString(out);
    }

    /** Throws LedgerException naming the field when the value is not such a list. */
    static List<TxAttempt> read(String key, String field, String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isArray()) throw new IllegalArgumentException("not a JSON list");
            List<TxAttempt> out = new ArrayList<>();
            for (JsonNode n : root) {
                JsonNode hash = n.get("hash");
                Map<String, String> fees = new LinkedHashMap<>();
                JsonNode f = n.get("fees");
                if (f != null && f.isObject()) {
                    for (String name : f.propertyNames()) fees.put(name, f.get(name).asString());
                }
                if (n.get("nonce") == null || !n.get("nonce").canConvertToLong() || n.get("kind") == null) {
                    throw new IllegalArgumentException("an attempt without nonce or kind");
                }
                out.add(new TxAttempt(hash == null || hash.isNull() ? null : hash.asString(), n.get("nonce").longValue(),
                        n.get("kind").asString(), fees, n.get("at") == null ? 0 : n.get("at").asLong()));
            }
            return out;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new LedgerException(key + " " + field + ": unreadable attempt journal (" + e.getMessage() + ")");
        }
    }
}
