package org.payoutdesk.cli;

import java.util.OptionalInt;

/**
 * pay: {@code send} when the operator said --yes (without it the batch is only shown); at most
 * {@code max} payees; wait for each receipt when {@code waitEach}.
 */
public record PayRequest(boolean send, OptionalInt max, boolean waitEach) {
}
