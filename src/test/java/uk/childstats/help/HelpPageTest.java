package uk.childstats.help;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** The help page: a section for each reader, tel: links to every number, and how to leave the site safely. */
class HelpPageTest {
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

    @Test
    void theSchoolsSectionPresentsSpeakOutStaySafeWithALinkToTheNspcc() {
        Document help = TestSite.page("/help");
        Element schools = help.getElementById("schools");
        StringBuilder section = new StringBuilder();
        java.util.List<Element> links = new java.util.ArrayList<>();
        for (Element e = schools.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
            section.append(e.text()).append(' ');
            links.addAll(e.select("a"));
        }
        assertTrue(section.toString().contains("Speak Out. Stay Safe. is a free NSPCC programme for primary schools"),
                section.toString());
        assertTrue(section.toString().contains("aged 5 to 11"), section.toString());
        assertTrue(links.stream().anyMatch(a -> a.text().contains("Speak Out. Stay Safe.")
                && a.attr("href").startsWith("https://www.nspcc.org.uk/")), links.toString());
    }
}
