package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.MEASURE;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.support.Numbers.uk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** Every figure a force page shows equals the value the database publishes for that cell, and nothing is left out. */
class ForceFiguresMatchDatabaseTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    @Test
    void everyForcePageTableEqualsThePublishedValues() {
        Map<String, String> labels = dsl.select(MEASURE.LABEL, MEASURE.CODE).from(MEASURE).fetchMap(MEASURE.LABEL, MEASURE.CODE);
        for (String slug : dsl.select(AREA.SLUG).from(AREA).fetch(AREA.SLUG)) {
            Document page = TestSite.page("/forces/" + slug);
            Element table = page.selectFirst("table");
            List<String> headers = table.select("thead th").eachText();
            Map<String, String> shown = new TreeMap<>();
            for (Element row : table.select("tbody tr")) {
                String year = row.selectFirst("th").text();
                List<Element> cells = row.select("td");
                for (int i = 1; i < headers.size(); i++) {
                    if (!labels.containsKey(headers.get(i))) {
                        continue; // change and rate columns
                    }
                    String text = cells.get(i - 1).text();
                    if (!text.equals("not provided")) {
                        shown.put(year + " " + labels.get(headers.get(i)), text);
                    }
                }
            }
            Map<String, String> expected = new TreeMap<>();
            dsl.selectFrom(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq(slug)).forEach(r ->
                    expected.put(r.getYearLabel() + " " + r.getMeasureCode(), uk(r.getValue())));
            assertEquals(expected, shown, slug);
        }
    }
}
