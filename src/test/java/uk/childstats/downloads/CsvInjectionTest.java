package uk.childstats.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula is written so that it shows as text (OWASP CSV injection). */
class CsvInjectionTest {
    @Test
    void textThatStartsAFormulaGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"422\")",
                CsvOutput.neutralised("=HYPERLINK(\"https://evil.example\",\"422\")"));
        assertEquals("'+cmd|' /C calc'!A0", CsvOutput.neutralised("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvOutput.neutralised("-2+3"));
        assertEquals("'@SUM(A1:A9)", CsvOutput.neutralised("@SUM(A1:A9)"));
        assertEquals("'\tx", CsvOutput.neutralised("\tx"));
        assertEquals("'\rx", CsvOutput.neutralised("\rx"));
    }

    @Test
    void plainTextAndNumbersAreLeftAlone() {
        assertEquals("Dorset Police", CsvOutput.neutralised("Dorset Police"));
        assertEquals("-13", CsvOutput.neutralised("-13"));
        assertEquals("3.5", CsvOutput.neutralised("3.5"));
        assertEquals("", CsvOutput.neutralised(""));
        assertEquals("a=b", CsvOutput.neutralised("a=b"));
    }
}
