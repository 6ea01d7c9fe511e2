package org.payoutdesk.sandbox;

import java.math.BigInteger;

/**
 * Sends a plain value transfer on a (dev) chain and returns its transaction hash, as the pool's
 * {@code eth_sendTransaction} would. The seeder calls it for the stuck payment whose transaction
 * "went out", right after that payment's debit, exactly where the pool would have sent it.
 */
@FunctionalInterface
public interface TransferSender {
    String send(String from, String to, BigInteger valueWei);
}
