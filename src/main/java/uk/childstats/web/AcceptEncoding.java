package uk.childstats.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which stored form of an answer a request gets, from its Accept-Encoding: the accepted coding with the highest
 * weight ("q"), brotli before gzip when they weigh the same, and the plain bytes when neither is accepted. A coding
 * not named takes the weight of "*", or none; a weight that is not a number refuses the coding.
 */
enum AcceptEncoding {
    BROTLI("br"), GZIP("gzip"), IDENTITY(null);

    private final String token;

    AcceptEncoding(String token) {
        this.token = token;
    }

    /** The Content-Encoding value, or null for the plain bytes. */
    String token() {
        return token;
    }

    static AcceptEncoding choose(String acceptEncoding, boolean haveBrotli, boolean haveGzip) {
        if (acceptEncoding == null || acceptEncoding.isBlank() || !(haveBrotli || haveGzip)) {
            return IDENTITY;
        }
        Map<String, Double> weights = weights(acceptEncoding);
        double brotli = haveBrotli ? weight(weights, "br") : 0;
        double gzip = haveGzip ? weight(weights, "gzip") : 0;
        if (brotli > 0 && brotli >= gzip) {
            return BROTLI;
        }
        return gzip > 0 ? GZIP : IDENTITY;
    }

    private static double weight(Map<String, Double> weights, String coding) {
        Double named = weights.get(coding);
        return named != null ? named : weights.getOrDefault("*", 0.0);
    }

    private static Map<String, Double> weights(String acceptEncoding) {
        Map<String, Double> weights = new HashMap<>();
        for (String member : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = member.split(";");
            String coding = parts[0].strip();
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].replace(" ", "");
                if (parameter.startsWith("q=")) {
                    weight = parseWeight(parameter.substring(2));
                }
            }
            if (!coding.isEmpty()) {
                weights.put(coding, weight);
            }
        }
        return weights;
    }

    private static double parseWeight(String value) {
        if (!value.matches("[01](\\.[0-9]{0,3})?")) {
            return 0;
        }
        return Math.min(1, Double.parseDouble(value));
    }
}
