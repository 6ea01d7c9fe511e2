package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTicksTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static long at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond();
    }

    @Test
    void twoDaysOfHalfHourSamplesTickEveryTwelveHoursOnTheClock() {
        TimeTicks t = TimeTicks.covering(at("2026-11-21T19:43:10", UTC), at("2026-11-23T19:13:10", UTC), UTC);
        assertEquals(12 * 3_600, t.step());
        assertEquals(at("2026-11-21T12:00:00", UTC), t.lower());
        assertEquals(at("2026-11-24T00:00:00", UTC), t.upper());
        assertEquals("21 Nov 12:00", t.label(t.lower()));
        assertEquals("24 Nov 00:00", t.label(t.upper()));
        assertTrue((t.upper() - t.lower()) / t.step() <= TimeTicks.MAX_STEPS);
    }

    @Test
    void monthsTickOnWholeDaysWithTheDateAlone() {
        TimeTicks t = TimeTicks.covering(at("2026-10-01T08:00:00", UTC), at("2026-11-23T17:30:00", UTC), UTC);
        assertEquals(14 * 86_400, t.step());
        assertEquals(at("2026-09-24T00:00:00", UTC) % 86_400, t.lower() % 86_400);
        assertTrue(t.upper() >= at("2026-11-23T17:30:00", UTC));
        assertEquals("23 Nov", t.label(at("2026-11-23T00:00:00", UTC)));
    }

    @Test
    void aFewMinutesTickOnWholeMinutesAndOneSampleStillGetsAStep() {
        TimeTicks t = TimeTicks.covering(at("2026-11-23T12:13:20", UTC), at("2026-11-23T12:14:20", UTC), UTC);
        assertEquals(60, t.step());
        assertEquals(at("2026-11-23T12:13:00", UTC), t.lower());
        assertEquals(at("2026-11-23T12:15:00", UTC), t.upper());
        TimeTicks one = TimeTicks.covering(at("2026-11-23T12:00:00", UTC), at("2026-11-23T12:00:00", UTC), UTC);
        assertEquals(60, one.step());
        assertEquals(at("2026-11-23T12:00:00", UTC), one.lower());
        assertEquals(at("2026-11-23T12:01:00", UTC), one.upper());
    }

    @Test
    void stepsFollowTheLocalClockNotUtc() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata"); // +05:30
        TimeTicks t = TimeTicks.covering(at("2026-11-23T01:10:00", kolkata), at("2026-11-23T05:50:00", kolkata), kolkata);
        assertEquals(3_600, t.step());
        assertEquals(at("2026-11-23T01:00:00", kolkata), t.lower());
        assertEquals(at("2026-11-23T06:00:00", kolkata), t.upper());
        assertEquals("23 Nov 01:00", t.label(t.lower()));
    }

    @Test
    void refusesAnInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> TimeTicks.covering(10, 9, UTC));
    }
}
