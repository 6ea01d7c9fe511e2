package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource(delimiter = '|', textBlock = """
            0                           | 0
            -0                          | 0
            +0                          | 0
            5s                          | 5000000000
            10s                         | 10000000000
            120m                        | 7200000000000
            1h30m                       | 5400000000000
            1.5h                        | 5400000000000
            -2m                         | -120000000000
            +5s                         | 5000000000
            300ms                       | 300000000
            1ns                         | 1
            1us                         | 1000
            1µs                         | 1000
            1μs                         | 1000
            1.1ms                       | 1100000
            .5s                         | 500000000
            5.s                         | 5000000000
            -1.5h                       | -5400000000000
            1h1m1s1ms1us1ns             | 3661001001001
            2h45m30.5s                  | 9930500000000
            39h9m14.425s                | 140954425000000
            1.000000001s                | 1000000001
            100.00100s                  | 100001000000
            0.100000000000000000000h    | 360000000000
            9223372036854775807ns       | 9223372036854775807
            9223372036854775.807us      | 9223372036854775807
            9223372036s854ms775us807ns  | 9223372036854775807
            -9223372036854775807ns      | -9223372036854775807
            -9223372036854775808ns      | -9223372036854775808
            """)
    void parsesLikeGo(String text, long nanos) {
        assertEquals(Duration.ofNanos(nanos), GoDuration.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "3", "-", "s", ".", "-.", ".s", "+.s", "10x", "1d", "1 s", " 1s", "1s ", "1h30",
            "1e3s", "1.5.5s", "--1s", "9223372036854775808ns", "9223372036854775810ns", "-9223372036854775809ns",
            "3000000h", "9223372036854775807ns1ns", "1S", "1H"})
    void refusesWhatGoRefuses(String text) {
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(text));
    }

    @Test
    void messagesUseGosWording() {
        assertEquals("time: unknown unit \"x\" in duration \"10x\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("10x")).getMessage());
        assertEquals("time: missing unit in duration \"3\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("3")).getMessage());
        assertEquals("time: invalid duration \"\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("")).getMessage());
    }

    @ParameterizedTest(name = "{0} formats as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0s
            1                | 1ns
            1100             | 1.1µs
            300000000        | 300ms
            10000000000      | 10s
            5400000000000    | 1h30m0s
            7200000000000    | 2h0m0s
            -120000000000    | -2m0s
            90500000000      | 1m30.5s
            """)
    void formatsLikeGo(long nanos, String text) {
        assertEquals(text, GoDuration.format(Duration.ofNanos(nanos)));
    }
}
