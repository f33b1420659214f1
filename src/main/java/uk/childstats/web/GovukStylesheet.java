package uk.childstats.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GOV.UK Frontend's stylesheet as this site serves it: only the rules that can match a {@code govuk-} class named
 * in the templates or in our own scripts (the site loads none of GOV.UK Frontend's JavaScript, so no class of its
 * is added at run time): a quarter of the whole file, under a third of it gzipped. Its @font-face rules for GDS
 * Transport go too: that font is GOV.UK's own, the site sets Arial on every element (site.css), and the fonts'
 * addresses would not resolve.
 */
final class GovukStylesheet {
    static final Pattern CLASS = Pattern.compile("govuk-(!-)?[A-Za-z0-9_-]*[A-Za-z0-9]");
    private static final String NOTICE = "/* GOV.UK Frontend 5.13.0 (MIT licence, Crown copyright), only the rules"
            + " this site's markup can match. */";

    private GovukStylesheet() {
    }

    /** The full stylesheet cut to the classes used in the given folders (the jar's templates and public files). */
    static byte[] forSite(byte[] full, Path... folders) {
        String css = new String(full, StandardCharsets.UTF_8);
        String cut = new CssSubset(usedClasses(folders), false).apply(css);
        String charset = "@charset \"UTF-8\";";
        String body = cut.startsWith(charset) ? charset + NOTICE + cut.substring(charset.length()) : NOTICE + cut;
        return body.getBytes(StandardCharsets.UTF_8);
    }

    static Set<String> usedClasses(Path... folders) {
        Set<String> classes = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(GovukStylesheet::isMarkupOrScript).toList()) {
                    Matcher names = CLASS.matcher(Files.readString(file));
                    while (names.find()) {
                        classes.add(names.group());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }

    private static boolean isMarkupOrScript(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".js"));
    }
}
