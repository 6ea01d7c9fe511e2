package org.payoutdesk.payout;

/** A payee over its threshold that the plan will not pay, with why (malformed row, bad login...). */
public record HeldPayment(String login, long balance, String reason) {
}
