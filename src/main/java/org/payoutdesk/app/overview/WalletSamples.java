package org.payoutdesk.app.overview;

import java.util.List;

/** The samples read back from the file, oldest first, and the lines that could not be read (with why). */
public record WalletSamples(List<WalletSample> samples, List<String> rejected) {
    public WalletSamples {
        samples = List.copyOf(samples);
        rejected = List.copyOf(rejected);
    }
}
