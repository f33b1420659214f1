package uk.childstats.data;

import uk.childstats.figures.FinancialYear;

/** One valid line of a Home Office file for a child offence code: a force's offences in one quarter. */
record HomeOfficeRow(int line, FinancialYear year, int quarter, String areaSlug, String forceName, String offenceCode,
                     String offenceDescription, String offenceGroup, String offenceSubgroup, int offences) {

    /** The force, year and code whose four quarters make one yearly count. */
    record YearKey(String areaSlug, FinancialYear year, String offenceCode) {
    }

    YearKey yearKey() {
        return new YearKey(areaSlug, year, offenceCode);
    }
}
