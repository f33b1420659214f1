package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;
import uk.childstats.web.Helplines;

/** Help details live in one place: a template that spells one out would go stale when it changes. */
class TemplatesTest {
    private static final List<String> HELP_DETAILS = List.of(Helplines.CHILDLINE_PHONE,
            Helplines.NSPCC_HELPLINE_PHONE, Helplines.NSPCC_HELPLINE_EMAIL, Helplines.CHILDLINE_WEBSITE_TEXT,
            Helplines.SPEAK_OUT_STAY_SAFE);

    @Test
    void noTemplateSpellsOutAHelplineDetail() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src", "main", "resources", "templates"))
                .filter(Files::isRegularFile)) {
            for (Path template : templates.toList()) {
                String text = Files.readString(template);
                for (String detail : HELP_DETAILS) {
                    assertFalse(text.contains(detail), template + " spells out " + detail);
                }
            }
        }
    }

    @Test
    void theHelpPageOffersTelLinksToEveryNumber() {
        Document help = TestSite.page("/help");
        for (String id : List.of("children", "adults", "schools", "emergency", "leaving-safely")) {
            assertTrue(help.getElementById(id) != null, id);
            assertTrue(help.selectFirst("a[href=#" + id + "]") != null, "no link to section " + id);
        }
        Element main = help.getElementById("main-content");
        assertTrue(main.select("a[href=tel:08001111]").size() >= 1);
        assertTrue(main.select("a[href=tel:08088005000]").size() >= 1);
        assertTrue(main.select("a[href=tel:999]").size() >= 1);
        assertTrue(main.text().contains("Exiting does not clear your browsing history"));
        assertTrue(main.text().contains("private"));
    }
}
