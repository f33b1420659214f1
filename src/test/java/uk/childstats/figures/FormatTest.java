package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written as a UK reader expects them; the roundings are the ones a half-even formatter gets wrong. */
class FormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0
            999      | 999
            1483     | 1,483
            64667    | 64,667
            1234567  | 1,234,567
            -1483    | -1,483
            """)
    void wholeNumbersWithCommas(long value, String text) {
        assertEquals(text, Format.number(value));
        assertEquals(text, Format.number(Long.valueOf(value)));
        assertEquals(text, Format.value(value));
        assertEquals(text, Format.value((int) value));
    }

    @Test
    void aMissingFigureIsNotProvidedNeverZero() {
        assertEquals("not provided", Format.number((Long) null));
        assertEquals(Format.NOT_PROVIDED, Format.number((Long) null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            27.08    | 27.1
            27.05    | 27.1
            27.15    | 27.2
            2.25     | 2.3
            0.05     | 0.1
            0.04     | 0.0
            3        | 3.0
            1134.5   | 1,134.5
            -12.25   | -12.3
            -0.04    | 0.0
            """)
    void oneDecimalPlaceRoundedHalfUp(String value, String text) {
        assertEquals(text, Format.oneDecimal(new BigDecimal(value)));
        assertEquals(text, Format.value(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "10, 10th", "11, 11th", "12, 12th", "13, 13th", "14, 14th",
            "21, 21st", "22, 22nd", "23, 23rd", "24, 24th", "43, 43rd", "100, 100th", "101, 101st", "111, 111th",
            "112, 112th", "113, 113th", "121, 121st"})
    void ordinals(int n, String text) {
        assertEquals(text, Format.ordinal(n));
    }
}
