package org.payoutdesk.ledger;

/** One flag on a row, with a reason a person can act on (it names the field and the raw value). */
public record Problem(RowFlag flag, String reason) {
    /** Informational flags do not make a row unpayable. */
    public boolean blocksPayment() {
        return flag != RowFlag.FORK_FORMAT;
    }
}
