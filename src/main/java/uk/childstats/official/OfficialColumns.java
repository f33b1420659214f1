package uk.childstats.official;

import java.util.List;
import uk.childstats.downloads.Column;

/** The columns of the official series' downloads and of the child population, as the data dictionary gives them. */
final class OfficialColumns {
    private static final Column POLICE_FORCE = Column.text("police_force", "Police force",
            "The force's official name, as on the rest of the site.");
    private static final Column IN_ENGLAND_AND_WALES_TOTAL = Column.yesNo("in_england_and_wales_total",
            "In the England and Wales total", "true for the 43 territorial forces of England and Wales; false for "
                    + "British Transport Police, which is not a territorial force: never add it to a force's "
                    + "figures, a ranking or the England and Wales total.");
    private static final Column RELEASE = Column.text("release", "Release",
            "The Home Office publication the figure was read from.");
    private static final Column RELEASE_DATE = Column.date("release_date", "Release date",
            "The day that release was published, YYYY-MM-DD. Every release revises earlier quarters.");
    private static final Column OFFENCE_DESCRIPTION = Column.text("offence_description", "Offence",
            "The Home Office's description of the offence code.");
    private static final Column OFFENCE_CODE = Column.text("offence_code", "Home Office offence code",
            "One of the 11 codes whose legal definition makes the victim a child, such as 19E or 88A.");

    static final List<Column> YEARLY = List.of(
            POLICE_FORCE,
            Column.text("financial_year", "Financial year", "April to March, written 2016/17. A year is given only "
                    + "when all four of its quarters are in the release."),
            OFFENCE_CODE,
            OFFENCE_DESCRIPTION,
            Column.text("offence_group", "Offence group", "The readable group the site shows the code under, such "
                    + "as Rape of a child under 13."),
            Column.integer("offences", "Offences recorded in the year", "The sum of the year's four quarters as "
                    + "published. Never negative."),
            IN_ENGLAND_AND_WALES_TOTAL,
            RELEASE,
            RELEASE_DATE);

    static final List<Column> QUARTERLY = List.of(
            Column.text("financial_year", "Financial year", "April to March, written 2016/17, as in the file."),
            Column.integer("financial_quarter", "Financial quarter", "1 is April to June, 4 is January to March."),
            Column.text("force_name", "Home Office force name", "The Home Office's short area name, as in the file "
                    + "(London, City of; Metropolitan Police ...)."),
            OFFENCE_DESCRIPTION,
            Column.text("offence_group", "Home Office offence group", "The Home Office's offence group, as in the "
                    + "file."),
            Column.text("offence_subgroup", "Home Office offence subgroup", "The Home Office's offence subgroup, as "
                    + "in the file."),
            OFFENCE_CODE,
            Column.integer("number_of_offences", "Offences recorded in the quarter", "As published. A few are "
                    + "negative: the Home Office's own adjustments for crimes cancelled in a later quarter."),
            POLICE_FORCE,
            IN_ENGLAND_AND_WALES_TOTAL,
            RELEASE,
            RELEASE_DATE);

    static final List<Column> POPULATION = List.of(
            POLICE_FORCE,
            Column.text("nation", "Nation", "England, Wales, Scotland or Northern Ireland."),
            Column.integer("year", "Mid-year", "The estimate is for 30 June of this year: mid-2016 is the "
                    + "denominator for financial year 2016/17."),
            Column.integer("population_0_17", "Children aged 0 to 17", "Children living in the force area, the sum "
                    + "of single ages 0 to 17 over its council areas. England and Wales from 2021 rest on Census "
                    + "2021, earlier years on the 2011 Census."),
            Column.text("source", "Source workbook", "The ONS MYE2 workbook the figure was read from, and where "
                    + "the copy read was found."));

    private OfficialColumns() {
    }
}
