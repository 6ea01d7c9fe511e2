package org.payoutdesk.app.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

class RedisBackoffTest {
    @Test
    void doublesPerFailureUpToTheCap() {
        RedisBackoff b = new RedisBackoff(Duration.seconds(5), Duration.minutes(1));
        assertEquals(5_000, b.after(0).toMillis());
        assertEquals(10_000, b.after(1).toMillis());
        assertEquals(40_000, b.after(3).toMillis());
        assertEquals(60_000, b.after(4).toMillis());
        assertEquals(60_000, b.after(1000).toMillis());
    }

    @Test
    void latencyReadsInMicrosOrMillis() {
        assertEquals("412 µs", StatusBarController.formatLatency(412));
        assertEquals("2.5 ms", StatusBarController.formatLatency(2_500));
    }
}
