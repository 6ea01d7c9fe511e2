package org.payoutdesk.app.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The block explorer URL of a transaction: the configured template with {@code {tx}} replaced by
 * the hash (or the hash appended when the template has no placeholder). Only well-formed hashes
 * get a link, so a malformed member never opens a random page.
 */
public final class ExplorerLink {
    private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
    private final String template;

    public ExplorerLink(String template) {
        this.template = template == null || template.isBlank() ? null : template.strip();
    }

    public boolean configured() {
        return template != null;
    }

    public Optional<String> url(String txHash) {
        if (template == null || txHash == null || !TX_HASH.matcher(txHash).matches()) return Optional.empty();
        return Optional.of(template.contains("{tx}") ? template.replace("{tx}", txHash) : template + txHash);
    }
}
