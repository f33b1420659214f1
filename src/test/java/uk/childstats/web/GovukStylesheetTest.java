package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The GOV.UK Frontend stylesheet the site serves, against the WebJar's full file: every govuk- class named in the
 * templates, our scripts or our Java code that the full file styles is styled by the served file too (found by a
 * plain text search, not by the cutter), and the served file is a fraction of the full one.
 */
class GovukStylesheetTest {
    private static final Pattern NAME = Pattern.compile("govuk-(!-)?[A-Za-z0-9_-]*[A-Za-z0-9]");

    @Test
    void everyClassTheMarkupUsesKeepsItsRules() throws IOException {
        String full = full();
        String served = served();
        List<String> missing = new ArrayList<>();
        Set<String> used = namesIn(Path.of("src/main/resources/templates"), Path.of("public"),
                Path.of("src/main/java"));
        int styled = 0;
        for (String name : used) {
            if (styles(full, name)) {
                styled++;
                if (!styles(served, name)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "classes the site uses whose rules were cut");
        assertTrue(used.contains("govuk-!-margin-bottom-0"), "the override classes are found");
        assertTrue(styled > 40, "only " + styled + " classes found: is the search looking in the right folders?");
    }

    @Test
    void aClassNoMarkupUsesIsCutAndTheFileIsAFractionOfTheWhole() throws IOException {
        String served = served();
        assertTrue(styles(full(), "govuk-pagination"));
        assertFalse(styles(served, "govuk-pagination"));
        assertFalse(served.contains("@font-face"), "GDS Transport is GOV.UK's own font, not ours");
        assertTrue(served.length() < full().length() / 3, served.length() + " characters");
    }

    /** A selector naming the class: ".name" not followed by more of a name ("!" is escaped in CSS: "govuk-\\!-"). */
    private static boolean styles(String css, String name) {
        String selector = "." + name.replace("!", "\\!");
        Matcher m = Pattern.compile(Pattern.quote(selector) + "(?![A-Za-z0-9_-])").matcher(css);
        return m.find();
    }

    private static Set<String> namesIn(Path... folders) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    Matcher m = NAME.matcher(text);
                    while (m.find()) {
                        names.add(m.group());
                    }
                }
            }
        }
        names.remove("govuk-frontend"); // the WebJar's name in Paths, not a class
        return names;
    }

    private static String full() throws IOException {
        try (InputStream in = GovukStylesheetTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources" + Paths.GOVUK_FRONTEND_CSS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String served() {
        StoredResponse css = Assets.all().responses(List.of(), false).get(Assets.url(Paths.GOVUK_FRONTEND_CSS));
        return new String(css.identity(), StandardCharsets.UTF_8);
    }
}
