package uk.childstats.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random tokens that only this process knows. */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
