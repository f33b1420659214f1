package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.web.AcceptEncoding.BROTLI;
import static uk.childstats.web.AcceptEncoding.GZIP;
import static uk.childstats.web.AcceptEncoding.IDENTITY;

import org.junit.jupiter.api.Test;

/** Accept-Encoding headers as browsers, tools and odd clients send them, with the form each should get. */
class AcceptEncodingTest {

    private static AcceptEncoding both(String header) {
        return AcceptEncoding.choose(header, true, true);
    }

    @Test
    void aCurrentBrowserGetsBrotliAndAnOlderClientGzip() {
        assertEquals(BROTLI, both("gzip, deflate, br, zstd"));
        assertEquals(BROTLI, both("br"));
        assertEquals(GZIP, both("gzip, deflate"));
        assertEquals(GZIP, both("x-gzip, gzip"));
    }

    @Test
    void noHeaderOrNothingKnownGetsThePlainBytes() {
        assertEquals(IDENTITY, both(null));
        assertEquals(IDENTITY, both(""));
        assertEquals(IDENTITY, both("identity"));
        assertEquals(IDENTITY, both("deflate, zstd"));
    }

    @Test
    void weightsChooseAndZeroRefuses() {
        assertEquals(GZIP, both("br;q=0.5, gzip"));
        assertEquals(BROTLI, both("br;q=0.8, gzip;q=0.8"), "a tie goes to the smaller");
        assertEquals(GZIP, both("br;q=0, gzip"));
        assertEquals(IDENTITY, both("br;q=0, gzip;q=0.000, identity"));
        assertEquals(GZIP, both("gzip ; q=0.3"));
    }

    @Test
    void aStarStandsForEveryCodingNotNamed() {
        assertEquals(BROTLI, both("*"));
        assertEquals(GZIP, both("br;q=0, *"));
        assertEquals(IDENTITY, both("*;q=0"));
        assertEquals(BROTLI, both("gzip;q=0.5, *;q=0.9"));
    }

    @Test
    void aWeightThatIsNotANumberRefusesItsCoding() {
        assertEquals(BROTLI, both("gzip;q=banana, br, *"));
        assertEquals(GZIP, both("br;q=2, gzip"));
    }

    @Test
    void onlyTheFormsAnAnswerHasAreOffered() {
        assertEquals(GZIP, AcceptEncoding.choose("br, gzip", false, true));
        assertEquals(BROTLI, AcceptEncoding.choose("br, gzip", true, false));
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip", true, false));
        assertEquals(IDENTITY, AcceptEncoding.choose("br, gzip", false, false));
    }
}
