package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletSampleFileTest {
    @TempDir
    Path dir;

    @Test
    void samplesRoundTripExactlyAndSurviveANewInstance() throws Exception {
        Path file = dir.resolve("state").resolve("eth-x.samples.csv");
        WalletSampleFile f = new WalletSampleFile(file, Duration.ofDays(7));
        WalletSample a = new WalletSample(1_800_000_000L, new BigInteger("128820700000000000006532"), 9_223_372_036_854_775_807L);
        WalletSample b = new WalletSample(1_800_000_060L, BigInteger.ONE, 0);
        f.append(a);
        f.append(b);
        WalletSamples read = new WalletSampleFile(file, Duration.ofDays(7)).read(1_800_000_100L);
        assertEquals(List.of(a, b), read.samples());
        assertEquals(List.of(), read.rejected());
        assertEquals(List.of("# epochSecond,walletWei,owedShannon", "1800000000,128820700000000000006532,9223372036854775807",
                "1800000060,1,0"), Files.readAllLines(file));
    }

    @Test
    void corruptLinesAreReportedSkippedAndCompactedAway() throws Exception {
        Path file = dir.resolve("eth.samples.csv");
        Files.writeString(file, """
                # epochSecond,walletWei,owedShannon
                1800000000,5,6
                1800000010,5
                18000000x0,5,6
                1800000020,-5,6
                1800000030,7,8
                1800000040,9,1""" /* a crash mid-append: no newline at the end, still a whole line here */);
        WalletSamples read = new WalletSampleFile(file, Duration.ofDays(7)).read(1_800_000_100L);
        assertEquals(List.of(new WalletSample(1_800_000_000L, BigInteger.valueOf(5), 6),
                new WalletSample(1_800_000_030L, BigInteger.valueOf(7), 8),
                new WalletSample(1_800_000_040L, BigInteger.valueOf(9), 1)), read.samples());
        assertEquals(List.of("line 3 '1800000010,5': expected 3 fields, found 2",
                "line 4 '18000000x0,5,6': not an integer",
                "line 5 '1800000020,-5,6': negative amount"), read.rejected());
        assertEquals(List.of("# epochSecond,walletWei,owedShannon", "1800000000,5,6", "1800000030,7,8", "1800000040,9,1"),
                Files.readAllLines(file));
    }

    @Test
    void samplesOlderThanTheRetentionAreDropped() throws Exception {
        Path file = dir.resolve("eth.samples.csv");
        WalletSampleFile f = new WalletSampleFile(file, Duration.ofDays(1));
        long now = 1_800_000_000L;
        f.append(new WalletSample(now - 86_401, BigInteger.ONE, 1));
        f.append(new WalletSample(now - 86_400, BigInteger.TWO, 2));
        assertEquals(List.of(new WalletSample(now - 86_400, BigInteger.TWO, 2)), f.read(now).samples());
        assertEquals(2, Files.readAllLines(file).size(), "header + the kept sample");
    }

    @Test
    void missingFileIsEmptyAndNamesArePerPool() throws Exception {
        assertEquals(List.of(), new WalletSampleFile(dir.resolve("none.csv"), Duration.ofDays(1)).read(1).samples());
        String a = WalletSampleFile.fileName("eth", "127.0.0.1:6379/0");
        assertTrue(a.matches("eth-[0-9a-f]{8}\\.samples\\.csv"), a);
        assertTrue(!a.equals(WalletSampleFile.fileName("eth", "127.0.0.1:6380/0")));
        assertTrue(WalletSampleFile.fileName("../etc", "x").startsWith("___etc-"));
    }

    @Test
    void parseRefusesWhatIsNotThreeNonNegativeIntegers() {
        assertEquals("expected 3 fields, found 4",
                assertThrows(IllegalArgumentException.class, () -> WalletSampleFile.parse("1,2,3,4")).getMessage());
        assertEquals("timestamp 0 is not positive",
                assertThrows(IllegalArgumentException.class, () -> WalletSampleFile.parse("0,2,3")).getMessage());
        assertEquals("not an integer",
                assertThrows(IllegalArgumentException.class, () -> WalletSampleFile.parse("1,2.5,3")).getMessage());
    }
}
