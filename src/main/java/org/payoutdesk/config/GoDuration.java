package org.payoutdesk.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration}, so the pool's config means the same thing to both programs:
 * a signed sequence of decimal numbers, each with an optional fraction and a unit
 * ({@code ns}, {@code us}/{@code µs}, {@code ms}, {@code s}, {@code m}, {@code h}), e.g. "300ms", "-1.5h", "1h30m".
 * The same inputs are accepted and rejected as in Go, with the same range (a signed 64-bit count of
 * nanoseconds). Go scales fractions with a float64; here they are scaled exactly and truncated.
 */
public final class GoDuration {
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63); // Go checks against 1<<63
    private static final BigInteger MAX_FRACTION = BigInteger.valueOf(Long.MAX_VALUE); // (1<<63-1) in Go
    private static final Map<String, BigInteger> UNITS = Map.of(
            "ns", BigInteger.ONE,
            "us", BigInteger.valueOf(1_000L),
            "\u00b5s", BigInteger.valueOf(1_000L), // micro sign
            "\u03bcs", BigInteger.valueOf(1_000L), // Greek mu
            "ms", BigInteger.valueOf(1_000_000L),
            "s", BigInteger.valueOf(1_000_000_000L),
            "m", BigInteger.valueOf(60_000_000_000L),
            "h", BigInteger.valueOf(3_600_000_000_000L));

    private GoDuration() {
    }

    /** Parses like Go; throws {@link IllegalArgumentException} with Go's wording when it would fail. */
    public static Duration parse(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw invalid(text);
        }
        BigInteger total = BigInteger.ZERO;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || isDigit(c))) {
                throw invalid(text);
            }
            // Integer part: [0-9]*
            int start = i;
            BigInteger whole = BigInteger.ZERO;
            while (i < s.length() && isDigit(s.charAt(i))) {
                whole = whole.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
                if (whole.compareTo(LIMIT) > 0) {
                    throw invalid(text);
                }
                i++;
            }
            boolean digitsBefore = i != start;
            // Fraction: like Go, digits past what fits in an int64 are consumed but ignored.
            BigInteger fraction = BigInteger.ZERO;
            BigInteger scale = BigInteger.ONE;
            boolean digitsAfter = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fractionStart = i;
                boolean overflow = false;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    if (!overflow) {
                        BigInteger next = fraction.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
                        if (fraction.compareTo(MAX_FRACTION.divide(BigInteger.TEN)) > 0 || next.compareTo(LIMIT) > 0) {
                            overflow = true;
                        } else {
                            fraction = next;
                            scale = scale.multiply(BigInteger.TEN);
                        }
                    }
                    i++;
                }
                digitsAfter = i != fractionStart;
            }
            if (!digitsBefore && !digitsAfter) {
                throw invalid(text); // "." or ".s"
            }
            // Unit: everything up to the next digit or dot.
            int unitStart = i;
            while (i < s.length() && !(s.charAt(i) == '.' || isDigit(s.charAt(i)))) {
                i++;
            }
            if (i == unitStart) {
                throw new IllegalArgumentException("time: missing unit in duration " + quote(text));
            }
            String unitName = s.substring(unitStart, i);
            BigInteger unit = UNITS.get(unitName);
            if (unit == null) {
                throw new IllegalArgumentException("time: unknown unit " + quote(unitName) + " in duration " + quote(text));
            }
            if (whole.compareTo(LIMIT.divide(unit)) > 0) {
                throw invalid(text);
            }
            BigInteger value = whole.multiply(unit);
            if (fraction.signum() > 0) {
                value = value.add(fraction.multiply(unit).divide(scale));
                if (value.compareTo(LIMIT) > 0) {
                    throw invalid(text);
                }
            }
            total = total.add(value);
            if (total.compareTo(LIMIT) > 0) {
                throw invalid(text);
            }
        }
        if (negative) {
            return Duration.ofNanos(total.negate().longValueExact());
        }
        if (total.compareTo(LIMIT) >= 0) {
            throw invalid(text);
        }
        return Duration.ofNanos(total.longValueExact());
    }

    /** Go's {@code Duration.String()} form, for messages and JSON: "1h30m0s", "300ms", "0s". */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        BigInteger u = BigInteger.valueOf(nanos).abs();
        if (u.compareTo(BigInteger.valueOf(1_000_000_000L)) < 0) {
            long v = u.longValue();
            if (v < 1_000) {
                return sign + v + "ns";
            }
            if (v < 1_000_000) {
                return sign + decimal(v, 3) + "\u00b5s";
            }
            return sign + decimal(v, 6) + "ms";
        }
        BigInteger[] hq = u.divideAndRemainder(BigInteger.valueOf(3_600_000_000_000L));
        BigInteger[] mq = hq[1].divideAndRemainder(BigInteger.valueOf(60_000_000_000L));
        String seconds = decimal(mq[1].longValue(), 9) + "s";
        StringBuilder out = new StringBuilder(sign);
        if (hq[0].signum() > 0) {
            out.append(hq[0]).append('h').append(mq[0]).append('m');
        } else if (mq[0].signum() > 0) {
            out.append(mq[0]).append('m');
        }
        return out.append(seconds).toString();
    }

    private static String decimal(long value, int decimals) {
        return new java.math.BigDecimal(BigInteger.valueOf(value), decimals).stripTrailingZeros().toPlainString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("time: invalid duration " + quote(text));
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
