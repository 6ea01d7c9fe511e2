package org.payoutdesk.testing;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw JSON-RPC to a dev chain, independent of the engine's web3j client: the tests check the chain
 * from the outside and use anvil's cheat codes (evm_mine, evm_setAutomine, anvil_setBalance, anvil_setCode).
 */
public final class ChainRpc {
    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*(\"([^\"]*)\"|true|false|null)");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(0x[0-9a-f]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(0x[01])\"");

    private final String url;

    public ChainRpc(String url) {
        this.url = url;
    }

    /** Calls {@code method} with already-JSON-encoded params; returns the string result (or "true"/"false"/null). */
    public String call(String method, String... jsonParams) {
        String answer = answer(method, jsonParams);
        Matcher m = RESULT.matcher(answer);
        if (!m.find()) throw new IllegalStateException(method + " -> unexpected answer " + answer);
        return m.group(2) != null ? m.group(2) : ("null".equals(m.group(1)) ? null : m.group(1));
    }

    /** The whole JSON answer of a call whose result is an object (an error answer throws). */
    public String raw(String method, String... jsonParams) {
        return answer(method, jsonParams);
    }

    /** The whole answer (an error answer throws). */
    private String answer(String method, String... jsonParams) {
        return RawRpc.call(url, method, "[" + String.join(",", jsonParams) + "]");
    }

    /** The first match of {@code field}'s group in {@code answer}, or null. */
    private static String find(Pattern field, String answer) {
        Matcher m = field.matcher(answer);
        return m.find() ? m.group(1) : null;
    }

    public static String q(String s) {
        return "\"" + s + "\"";
    }

    public static String hex(BigInteger v) {
        return "0x" + v.toString(16);
    }

    public BigInteger balance(String address) {
        return new BigInteger(call("eth_getBalance", q(address), q("latest")).substring(2), 16);
    }

    public long nonce(String address, String tag) {
        return Long.parseLong(call("eth_getTransactionCount", q(address), q(tag)).substring(2), 16);
    }

    public long blockNumber() {
        return Long.parseLong(call("eth_blockNumber").substring(2), 16);
    }

    /** eth_sendTransaction from an unlocked dev account: a plain value transfer. Returns the hash. */
    public String transfer(String from, String to, BigInteger wei) {
        return call("eth_sendTransaction", "{\"from\":" + q(from) + ",\"to\":" + q(to) + ",\"value\":" + q(hex(wei)) + "}");
    }

    public void mine() {
        call("evm_mine");
    }

    public void automine(boolean on) {
        call("evm_setAutomine", Boolean.toString(on));
    }

    public void setBalance(String address, BigInteger wei) {
        call("anvil_setBalance", q(address), q(hex(wei)));
    }

    public void setCode(String address, String codeHex) {
        call("anvil_setCode", q(address), q(codeHex));
    }

    /** The transaction's type field ("0x0" legacy, "0x2" EIP-1559). */
    public String txType(String hash) {
        return find(TYPE, answer("eth_getTransactionByHash", q(hash)));
    }

    /** Receipt status "0x1"/"0x0", or null when not mined. */
    public String receiptStatus(String hash) {
        return find(STATUS, answer("eth_getTransactionReceipt", q(hash)));
    }
}
