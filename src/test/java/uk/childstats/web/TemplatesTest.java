package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
}
