package uk.childstats.data;

import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Source;

/** One valid line of the FOI figures file. */
record FoiRow(int line, String areaSlug, FinancialYear year, String measureCode, long value, Source source,
              String quote) {
}
