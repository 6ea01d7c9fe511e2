package org.payoutdesk.cli;

import java.util.OptionalInt;

/** pay: the operator said --yes; at most {@code max} payees; wait for each receipt when {@code waitEach}. */
public record PayRequest(OptionalInt max, boolean waitEach) {
}
