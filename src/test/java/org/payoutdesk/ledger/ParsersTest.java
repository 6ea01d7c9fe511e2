package org.payoutdesk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every kind of malformed row comes back flagged with a reason naming the field and raw value. */
class ParsersTest {
    static final String LOGIN = "0x" + "ab".repeat(20);
    static final String TX = "0x" + "cd".repeat(32);

    static List<RowFlag> flags(List<Problem> problems) {
        return problems.stream().map(Problem::flag).toList();
    }

    static String reasons(List<Problem> problems) {
        return problems.stream().map(Problem::reason).reduce("", (a, b) -> a + " | " + b);
    }

    @Test
    void keysOfTheSchema() {
        PoolKeys k = new PoolKeys("etc");
        assertEquals("etc:miners:" + LOGIN, k.miner(LOGIN));
        assertEquals("etc:finances", k.finances());
        assertEquals("etc:payments:pending", k.pending());
        assertEquals("etc:payments:lock", k.lock());
        assertEquals("etc:payments:all", k.allPayments());
        assertEquals("etc:payments:" + LOGIN, k.payments(LOGIN));
        assertEquals("etc:payments:pendingnonce", k.pendingNonce());
        assertEquals("etc:payments:pendingtx", k.pendingTx());
        assertEquals("etc:settings:" + LOGIN, k.settings(LOGIN));
        assertEquals("etc:miners:*", k.minersPattern());
        assertEquals("e\\*h:miners:*", new PoolKeys("e*h").minersPattern());
        assertEquals(LOGIN + ":5", PoolKeys.pendingMember(LOGIN, 5));
        assertEquals(TX + ":" + LOGIN + ":5", PoolKeys.paymentMember(TX, LOGIN, 5));
        assertEquals(TX + ":5", PoolKeys.loginPaymentMember(TX, 5));
    }

    @Test
    void goodPayeeRow() {
        PayeeRow r = RowParser.payee(LOGIN, Map.of("balance", "1", "immature", "2", "pending", "3", "paid", "4",
                "lastShare", "5", "blocksFound", "6"), Map.of("payoutthreshold", "11"));
        assertEquals(new PayeeRow(LOGIN, 1, 2, 3, 4, 11, 5, 6, List.of()), r);
        assertTrue(r.payable());
    }

    @Test
    void thresholdAtOrBelowTenMeansGlobal() {
        assertEquals(0, RowParser.payee(LOGIN, Map.of(), Map.of("payoutthreshold", "10")).threshold());
        assertEquals(0, RowParser.payee(LOGIN, Map.of(), Map.of("payoutthreshold", "-3")).threshold());
        assertEquals(0, RowParser.payee(LOGIN, Map.of(), Map.of()).threshold());
        PayeeRow bad = RowParser.payee(LOGIN, Map.of(), Map.of("payoutthreshold", "0.5"));
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(bad.problems()));
        assertTrue(reasons(bad.problems()).contains("payoutthreshold") && reasons(bad.problems()).contains("'0.5'"));
    }

    @Test
    void badLogins() {
        for (String login : List.of(LOGIN.toUpperCase().replace("0X", "0x"), "0x" + "Ab".repeat(20), "0x" + "ab".repeat(19),
                "0x" + "ab".repeat(21), "ab".repeat(21), "0x" + "zz".repeat(20), LOGIN + ":rig1", "")) {
            PayeeRow r = RowParser.payee(login, Map.of("balance", "5"), Map.of());
            assertEquals(List.of(RowFlag.BAD_LOGIN), flags(r.problems()), login);
            assertEquals(5, r.balance());
            assertFalse(r.payable(), login);
        }
        assertTrue(reasons(RowParser.payee(LOGIN + ":rig1", Map.of(), Map.of()).problems()).contains("':'"));
        assertTrue(reasons(RowParser.payee("0x" + "Ab".repeat(20), Map.of(), Map.of()).problems()).contains("upper-case"));
        assertTrue(reasons(RowParser.payee("0x" + "ab".repeat(19), Map.of(), Map.of()).problems()).contains("38 hex digits"));
    }

    @Test
    void badNumbersReadZeroAndNameFieldAndValue() {
        for (String raw : List.of("1.5", "1e9", " 5", "+5", "007", "-0", "", "abc", "9223372036854775808",
                "99999999999999999999")) {
            PayeeRow r = RowParser.payee(LOGIN, Map.of("balance", raw, "paid", "3"), Map.of());
            assertEquals(List.of(RowFlag.BAD_NUMBER), flags(r.problems()), raw);
            assertEquals(0, r.balance(), raw);
            assertEquals(3, r.paid(), raw);
            assertTrue(reasons(r.problems()).contains("balance") && reasons(r.problems()).contains("'" + raw + "'"), raw);
        }
        assertEquals(Long.MAX_VALUE, RowParser.payee(LOGIN, Map.of("balance", "9223372036854775807"), Map.of()).balance());
        PayeeRow shares = RowParser.payee(LOGIN, Map.of("lastShare", "yesterday"), Map.of());
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(shares.problems()));
    }

    @Test
    void negativeAmounts() {
        PayeeRow r = RowParser.payee(LOGIN, Map.of("balance", "-7", "pending", "-1"), Map.of());
        assertEquals(List.of(RowFlag.NEGATIVE, RowFlag.NEGATIVE), flags(r.problems()));
        assertEquals(-7, r.balance());
        assertTrue(reasons(r.problems()).contains("balance is negative: -7"));
        assertFalse(r.payable());
    }

    @Test
    void pendingMembers() {
        assertEquals(new PendingPayment(LOGIN + ":12", LOGIN, 12, 99, List.of()), MemberParser.pending(LOGIN + ":12", 99));
        PendingPayment noColon = MemberParser.pending(LOGIN, 1);
        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(noColon.problems()));
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(MemberParser.pending(LOGIN + ":1.2", 1).problems()));
        assertEquals(List.of(RowFlag.NEGATIVE), flags(MemberParser.pending(LOGIN + ":-5", 1).problems()));
        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(MemberParser.pending(LOGIN + ":0", 1).problems()));
        assertEquals(List.of(RowFlag.BAD_LOGIN), flags(MemberParser.pending("0xAB:5", 1).problems()));
        PendingPayment colonLogin = MemberParser.pending(LOGIN + ":rig:5", 1);
        assertEquals(List.of(RowFlag.BAD_LOGIN), flags(colonLogin.problems()));
        assertEquals(5, colonLogin.amount());
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(MemberParser.pending(LOGIN + ":5", 1.5).problems()));
        assertEquals(new PendingPayment(LOGIN + ":3", LOGIN, 3, 0, List.of()), MemberParser.pending(LOGIN + ":3"));
    }

    @Test
    void historyMembersUpstreamAndFork() {
        assertEquals(new PaymentRecord(TX + ":" + LOGIN + ":8", TX, LOGIN, 8, -1, 5, List.of()),
                MemberParser.payment(TX + ":" + LOGIN + ":8", 5));
        PaymentRecord fork = MemberParser.payment(TX + ":" + LOGIN + ":8:2", 5);
        assertEquals(List.of(RowFlag.FORK_FORMAT), flags(fork.problems()));
        assertEquals(8, fork.amount());
        assertEquals(2, fork.txCharges());
        assertFalse(fork.problems().getFirst().blocksPayment());

        assertEquals(new PaymentRecord(TX + ":8", TX, LOGIN, 8, -1, 5, List.of()), MemberParser.loginPayment(LOGIN, TX + ":8", 5));
        PaymentRecord loginFork = MemberParser.loginPayment(LOGIN, TX + ":8:3", 5);
        assertEquals(List.of(RowFlag.FORK_FORMAT), flags(loginFork.problems()));
        assertEquals(3, loginFork.txCharges());

        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(MemberParser.payment(TX + ":" + LOGIN, 5).problems()));
        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(MemberParser.payment("a:b:c:d:e", 5).problems()));
        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(MemberParser.payment("0x12:" + LOGIN + ":8", 5).problems()));
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(MemberParser.payment(TX + ":" + LOGIN + ":eight", 5).problems()));
        assertEquals(List.of(RowFlag.FORK_FORMAT, RowFlag.BAD_NUMBER),
                flags(MemberParser.payment(TX + ":" + LOGIN + ":8:x", 5).problems()));
        assertEquals(List.of(RowFlag.BAD_MEMBER), flags(MemberParser.loginPayment(LOGIN, "nonsense", 5).problems()));
        assertEquals(List.of(RowFlag.BAD_NUMBER), flags(MemberParser.loginPayment(LOGIN, TX + ":1.0", 5).problems()));
    }

    @Test
    void financesTolerateGarbage() {
        Finances f = RowParser.finances(Map.of("balance", "-1", "pending", "x", "lastCreditHeight", "h"));
        assertEquals(List.of(RowFlag.NEGATIVE, RowFlag.BAD_NUMBER, RowFlag.BAD_NUMBER), flags(f.problems()));
        assertEquals(-1, f.balance());
        assertEquals(-1, f.txCharges());
    }
}
