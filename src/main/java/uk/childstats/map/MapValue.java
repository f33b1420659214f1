package uk.childstats.map;

import java.math.BigDecimal;

/** One force's figure on the map, with its words ("5.2") and, for a rate, the working behind it. */
record MapValue(BigDecimal number, String text, String working, boolean fewChildren) {
}
