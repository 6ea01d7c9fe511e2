package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchEtaTest {
    @Test
    void averageTimePerPaymentTimesWhatIsLeft() {
        assertEquals(Optional.empty(), BatchEta.remaining(0, 10, Duration.ofSeconds(5)));
        assertEquals(Optional.of(Duration.ofSeconds(16)), BatchEta.remaining(2, 10, Duration.ofSeconds(4)));
        assertEquals(Optional.of(Duration.ofMillis(1500)), BatchEta.remaining(2, 5, Duration.ofSeconds(1)));
        assertEquals(Optional.of(Duration.ZERO), BatchEta.remaining(10, 10, Duration.ofSeconds(30)));
    }

    @Test
    void readableText() {
        assertEquals("estimating…", BatchEta.text(Optional.empty()));
        assertEquals("done", BatchEta.text(Optional.of(Duration.ZERO)));
        assertEquals("less than a second", BatchEta.text(Optional.of(Duration.ofMillis(400))));
        assertEquals("about 12 s", BatchEta.text(Optional.of(Duration.ofMillis(12_900))));
        assertEquals("about 2 min 05 s", BatchEta.text(Optional.of(Duration.ofSeconds(125))));
        assertEquals("about 1 h 01 min", BatchEta.text(Optional.of(Duration.ofSeconds(3_660))));
    }
}
