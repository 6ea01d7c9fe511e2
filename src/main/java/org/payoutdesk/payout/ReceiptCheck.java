package org.payoutdesk.payout;

import java.util.OptionalLong;

/** Where one sent payment stands after following its receipt. */
public record ReceiptCheck(PaidPayment payment, Status status, OptionalLong block) {
    public enum Status { CONFIRMED, REVERTED, NOT_MINED }
}
