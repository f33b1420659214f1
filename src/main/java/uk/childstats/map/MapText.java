package uk.childstats.map;

import java.math.BigDecimal;
import uk.childstats.figures.Format;

/** Numbers on a map: a rate to one decimal place, a count with thousands separators. */
final class MapText {
    private MapText() {
    }

    static String number(BigDecimal value, MapMeasure measure) {
        return measure == MapMeasure.OFFICIAL_RATE ? Format.oneDecimal(value) : Format.number(value.longValueExact());
    }
}
