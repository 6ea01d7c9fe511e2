package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PayoutsPerDayTest {
    @Test
    void sumsShannonPerDayAndStopsBeforeTheWindow() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        PayoutsPerDay p = new PayoutsPerDay(today, 3, ZoneOffset.UTC);
        long todayNoon = today.atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
        assertTrue(p.add(todayNoon, 1_000_000_001L));
        assertTrue(p.add(todayNoon - 3600, 2));
        assertTrue(p.add(todayNoon - 2 * 86_400, 5));
        assertFalse(p.add(todayNoon - 3 * 86_400, 7));
        assertEquals(today.minusDays(2).atStartOfDay().toEpochSecond(ZoneOffset.UTC), p.cutoffEpochSecond());
        var days = p.days();
        assertEquals(new PayoutsPerDay.Day(today.minusDays(2), 5, 1), days.get(0));
        assertEquals(new PayoutsPerDay.Day(today.minusDays(1), 0, 0), days.get(1));
        assertEquals(new PayoutsPerDay.Day(today, 1_000_000_003L, 2), days.get(2));
    }
}
