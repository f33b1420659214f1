package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestDatabase;

class OfficialImportTest {
    private static final String RELEASE_FILE = "prc-pfa-mar2013-onwards-tables-191023.csv";
    private static final String HEADER = "financial_year,financial_quarter,force_name,offence_description,"
            + "offence_group,offence_subgroup,offence_code,number_of_offences\n";
    private static DSLContext dsl;
    private static Importer importer;

    @BeforeAll
    static void importTheBundledFiles() throws Exception {
        dsl = TestDatabase.freshSchema("official_import").dsl();
        new Importer(dsl).importBundledDataIfEmpty();
        // The tests below replace the series with small or older files: forced, as they are older than April 2026.
        importer = new Importer(dsl, true);
    }

    /** Tests that replace the series with a small file put the real one back. */
    @AfterEach
    void restoreTheBundledFile() throws Exception {
        if (dsl.fetchCount(OFFICIAL_QUARTER) != 26_620) {
            importer.importFile(HomeOfficeCsv.FILE);
        }
    }

    private static String snapshot() {
        return String.join("\n",
                dsl.fetch("SELECT * FROM official_quarter ORDER BY year_label, quarter, area_slug, offence_code").formatCSV(),
                dsl.fetch("SELECT * FROM official_count ORDER BY area_slug, year_label, offence_code").formatCSV(),
                dsl.fetch("SELECT * FROM official_release").formatCSV(),
                dsl.fetch("SELECT * FROM financial_year ORDER BY label").formatCSV());
    }

    private static ImportRejected rejected(String fileName, String csv) {
        String before = snapshot();
        ImportRejected e = assertThrows(ImportRejected.class,
                () -> importer.importReader(fileName, new StringReader(csv)));
        assertEquals(before, snapshot(), "a rejected file must leave the database as it was");
        return e;
    }

    /** "force|year|code" → yearly count, keyed by the Home Office's force names as in the file. */
    private static Map<String, Long> countsInTheDatabase() {
        Map<String, Long> counts = new TreeMap<>();
        dsl.select(AREA.HOME_OFFICE_NAME, OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE, OFFICIAL_COUNT.OFFENCES)
                .from(OFFICIAL_COUNT).join(AREA).on(AREA.SLUG.eq(OFFICIAL_COUNT.AREA_SLUG))
                .forEach(r -> counts.put(r.value1() + "|" + r.value2() + "|" + r.value3(), (long) r.value4()));
        return counts;
    }

    @Test
    void theBundledFilesAreImportedOnFirstStartWithTheirRelease() {
        assertEquals(26_620, dsl.fetchCount(OFFICIAL_QUARTER), "44 forces, 11 codes, 55 quarters");
        assertEquals(44 * 11 * 13, dsl.fetchCount(OFFICIAL_COUNT), "2025/26 has three quarters: not a year");
        assertEquals(405 + 43, dsl.fetchCount(CHILD_POPULATION), "mid-2024 for England and Wales only");
        assertEquals(11, dsl.fetchCount(OFFENCE_CODE));
        var releases = dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID).fetch();
        assertEquals(List.of(LocalDate.of(2023, 10, 19), LocalDate.of(2026, 4, 23)),
                releases.map(r -> r.getPublished()), "both bundled releases, oldest first");
        var release = releases.get(1);
        assertEquals("Home Office, police recorded crime open data tables", release.getName());
    }

    @Test
    void everyYearlyCountIsTheSumOfItsFourQuartersInTheFileIncludingNegativeQuarters() {
        Map<String, Long> expected = HomeOfficeCsv.yearCountsByForceAndCode();
        assertEquals(expected, countsInTheDatabase());
        String cambridgeshire = "Cambridgeshire|2012/13|19G";
        assertTrue(HomeOfficeCsv.records(HomeOfficeCsv.FILE).stream().anyMatch(r -> r.get("force_name").equals("Cambridgeshire")
                && r.get("financial_year").equals("2012/13") && r.get("offence_code").equals("19G")
                && Long.parseLong(r.get("number_of_offences")) < 0), "the file has a negative quarter here");
        assertEquals(expected.get(cambridgeshire), countsInTheDatabase().get(cambridgeshire));
    }

    @Test
    void aYearMissingAQuarterForOneForceRejectsTheFileNamingWhich() {
        String withoutOneQuarter = HomeOfficeCsv.text(HomeOfficeCsv.OCTOBER_2023).lines()
                .filter(line -> !line.startsWith("2022/23,4,Dorset,Sexual grooming"))
                .collect(Collectors.joining("\n"));
        assertEquals(List.of("2022/23 quarter 4: no line for Dorset, code(s) 88A (the file has them for other forces "
                + "or quarters)"), rejected(RELEASE_FILE, withoutOneQuarter).problems());
    }

    @Test
    void aFirstQuarterOfANewYearIsNeverShownAsThatYearAndTheImportSaysSo() throws Exception {
        String nextQuarter = HomeOfficeCsv.text(HomeOfficeCsv.OCTOBER_2023).lines().filter(line -> line.startsWith("2022/23,1,"))
                .map(line -> line.replace("2022/23,1,", "2023/24,1,")).collect(Collectors.joining("\n"));
        assertEquals(484, nextQuarter.lines().count(), "every force and code of one quarter");
        Importer importing = new Importer(dsl, true);
        importing.importReader(RELEASE_FILE, new StringReader(HomeOfficeCsv.text(HomeOfficeCsv.OCTOBER_2023) + nextQuarter + "\n"));
        assertEquals(0, dsl.fetchCount(OFFICIAL_COUNT, OFFICIAL_COUNT.YEAR_LABEL.eq("2023/24")));
        assertEquals(44 * 11 * 11, dsl.fetchCount(OFFICIAL_COUNT));
        assertEquals(484, dsl.fetchCount(OFFICIAL_QUARTER, OFFICIAL_QUARTER.YEAR_LABEL.eq("2023/24")),
                "the quarter is kept as imported");
        assertTrue(importing.notices().contains("2023/24 is not published: the file has only part of its quarters"),
                importing.notices().toString());
    }

    @Test
    void anUnknownForceNameRejectsTheWholeFileAndLeavesTheDatabaseAsItWas() {
        String csv = HomeOfficeCsv.text(HomeOfficeCsv.OCTOBER_2023) + "2022/23,1,Atlantis,Sexual grooming,Sexual offences,Other sexual offences,88A,3\n";
        List<String> problems = rejected(RELEASE_FILE, csv).problems();
        assertEquals(List.of("line 21298: unknown force 'Atlantis': not a Home Office force name the site maps to a force"),
                problems);
        assertEquals(HomeOfficeCsv.yearCountsByForceAndCode(), countsInTheDatabase());
    }

    @Test
    void aNegativeYearRejectsTheFile() {
        String csv = HEADER
                + "2016/17,1,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,2\n"
                + "2016/17,2,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,-3\n"
                + "2016/17,3,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,0\n"
                + "2016/17,4,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,0\n";
        assertEquals(List.of("lines 2, 3, 4, 5: Dorset, 2016/17, code 88A sums to -1 over the year; "
                + "a year cannot be negative"), rejected(RELEASE_FILE, csv).problems());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        String good = "2016/17,1,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,2\n";
        String csv = HEADER + good
                + "2016-17,1,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,2\n"
                + "2016/17,5,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,2\n"
                + "2016/17,2,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,\"1,483\"\n"
                + "2016/17,1,Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,7\n"
                + "2016/17,1,Dorset,Sexual grooming\n";
        assertEquals(List.of(
                "line 3: year '2016-17' is not a financial year written like 2016/17",
                "line 4: quarter '5' is not 1, 2, 3 or 4",
                "line 5: number of offences '1,483' is not a whole number",
                "line 6: repeats line 2 (same year, quarter, force and offence code)",
                "line 7: expected 8 columns, found 4"), rejected(RELEASE_FILE, csv).problems());
    }

    @Test
    void theHomeOfficesOwnColumnTitlesAreReadAndOtherOffenceCodesPassedOver() throws Exception {
        StringBuilder csv = new StringBuilder("Financial Year,Financial Quarter,Force Name,Offence Description,"
                + "Offence Group,Offence Subgroup,Offence Code,Number of Offences\n");
        for (int quarter = 1; quarter <= 4; quarter++) {
            csv.append("2016/17,").append(quarter).append(",Dorset,Sexual grooming,Sexual offences,Other sexual offences,88A,")
                    .append(quarter).append('\n');
            csv.append("2016/17,").append(quarter).append(",Action Fraud,Fraud,Fraud offences,Fraud,53A,900\n");
        }
        assertEquals(4, importer.importReader("prc-pfa-mar2013-onwards-tables-250124.csv", new StringReader(csv.toString())));
        assertEquals(10, dsl.select(OFFICIAL_COUNT.OFFENCES).from(OFFICIAL_COUNT).fetchSingle().value1());
        assertEquals(LocalDate.of(2024, 1, 25), dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID.desc()).limit(1).fetchSingle().getPublished());
    }

    @Test
    void aFileWhoseNameDoesNotSayItsReleaseIsRejected() {
        List<String> problems = rejected("figures.csv", HomeOfficeCsv.text(HomeOfficeCsv.OCTOBER_2023)).problems();
        assertTrue(problems.get(0).startsWith("the file name does not say which Home Office release this is"));
    }

    @Test
    void aPopulationForAnUnknownForceRejectsThePopulationFile() {
        String csv = "police_force,nation,year,population_0_17,source\n"
                + "Dorset Police,England,2016,142842,ONS\n"
                + "Atlantis Police,England,2016,100,ONS\n"
                + "Dorset Police,Wales,2016,0,ONS\n";
        ImportRejected e = assertThrows(ImportRejected.class, () -> importer.importReader("p.csv", new StringReader(csv)));
        assertEquals(List.of("line 3: unknown territorial force 'Atlantis Police'",
                "line 4: nation 'Wales' does not match Dorset Police (England)",
                "line 4: population '0' is not a whole number above 0"), e.problems());
        assertEquals(405 + 43, dsl.fetchCount(CHILD_POPULATION));
        assertFalse(dsl.fetchExists(CHILD_POPULATION, CHILD_POPULATION.AREA_SLUG.eq("british-transport-police")));
    }
}
