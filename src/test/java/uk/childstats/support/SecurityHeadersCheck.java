package uk.childstats.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;

/** Every security header the site sends, with its exact value, written out here rather than read from the site. */
public final class SecurityHeadersCheck {
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeadersCheck() {
    }

    /** The headers of any answer but an embed: none may be missing or weakened. */
    public static void assertAllPresent(HttpHeaders headers, String what) {
        assertEquals(POLICY, headers.firstValue("Content-Security-Policy").orElse(null), what);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("camera=(), microphone=(), geolocation=(), interest-cohort=()",
                headers.firstValue("Permissions-Policy").orElse(null), what);
        assertEquals("same-origin", headers.firstValue("Cross-Origin-Opener-Policy").orElse(null), what);
        assertEquals(java.util.List.of(), headers.allValues("Set-Cookie"), what + " sets no cookie");
    }
}
