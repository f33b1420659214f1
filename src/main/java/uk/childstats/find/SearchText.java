package uk.childstats.find;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a visitor typed, read as a postcode or as words compared without case, accents, punctuation or filler. */
final class SearchText {
    /** Longer than any postcode, council or force name: a longer query is not looked up at all. */
    static final int MAX_LENGTH = 80;
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[A-Z]{2})?");
    private static final Pattern[] FILLER = {
        Pattern.compile(" (royal )?(city|county|borough|county borough|city and county) of "),
        Pattern.compile(" (city |county |borough |district |metropolitan borough )?council "),
        Pattern.compile("^ the "),
        Pattern.compile(" city $"),
    };

    private SearchText() {
    }

    /** "bs1 4dj", "BS14DJ" and "BS1" all give BS1: the district is the part of a postcode before its last three. */
    static Optional<String> postcodeDistrict(String query) {
        String compact = query.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = POSTCODE.matcher(compact);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "Bristol, City of" and "bristol city council" both give "bristol"; "Ynys Môn" gives "ynys mon". */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ");
        String padded = " " + plain.trim() + " ";
        for (Pattern filler : FILLER) {
            padded = filler.matcher(padded).replaceAll(" ");
        }
        return padded.trim();
    }
}
