package org.payoutdesk.app.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Payments model driven without a window: the day range and the pager line. */
class PaymentsModelTest {
    @Test
    void aRangeEndingBeforeItStartsIsInvalidAndSaysSo() {
        PaymentsModel m = new PaymentsModel();
        assertTrue(m.rangeValid());
        m.fromDay.set(LocalDate.of(2026, 11, 20));
        m.toDay.set(LocalDate.of(2026, 11, 20));
        assertTrue(m.rangeValid(), "one day is a range");
        m.toDay.set(LocalDate.of(2026, 11, 19));
        assertFalse(m.rangeValid());
        m.updatePager();
        assertEquals("the last day is before the first", m.position.get());
    }

    @Test
    void thePagerCountsTheShownPageOfTheTotal() {
        PaymentsModel m = new PaymentsModel();
        m.updatePager();
        assertEquals("no payments", m.position.get());
        m.fromDay.set(LocalDate.of(2026, 11, 20));
        m.updatePager();
        assertEquals("no payments in these days", m.position.get());
        assertFalse(m.hasNewer.get());
        assertFalse(m.hasOlder.get());
    }
}
