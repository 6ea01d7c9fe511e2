package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeTimeTest {
    @Test
    void agesAreCoarseAndHonest() {
        assertEquals("42 s", RelativeTime.age(42));
        assertEquals("3 min", RelativeTime.age(200));
        assertEquals("5 h 12 min", RelativeTime.age(5 * 3600 + 12 * 60 + 9));
        assertEquals("4 d 3 h", RelativeTime.age(4 * 86_400 + 3 * 3600));
        assertEquals("never", RelativeTime.ago(0, 100));
        assertEquals("in future", RelativeTime.ago(200, 100));
        assertEquals("1 min ago", RelativeTime.ago(40, 100));
        assertEquals("5 h ago", RelativeTime.ago(100, 100 + 5 * 3600 + 59 * 60));
        assertEquals("2 d ago", RelativeTime.ago(100, 100 + 2 * 86_400 + 17 * 3600));
    }

    @Test
    void shannonHintIsTheExactInteger() {
        assertEquals("1,500,000,001 Shannon", Amounts.shannonHint(1_500_000_001L));
        assertEquals("12.500000000 ETH", Amounts.ethWithUnit(12_500_000_000L));
    }
}
