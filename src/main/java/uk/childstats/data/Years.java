package uk.childstats.data;

import static uk.childstats.db.generated.Tables.FINANCIAL_YEAR;

import java.util.stream.Stream;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;

/** Adds the financial years a file names to the year table. */
final class Years {
    private Years() {
    }

    static void ensure(DSLContext dsl, Stream<FinancialYear> years) {
        years.distinct().forEach(year -> dsl.insertInto(FINANCIAL_YEAR)
                .set(FINANCIAL_YEAR.LABEL, year.label())
                .set(FINANCIAL_YEAR.SLUG, year.slug())
                .set(FINANCIAL_YEAR.START_YEAR, year.startYear())
                .onDuplicateKeyIgnore()
                .execute());
    }
}
