package uk.childstats.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Headers on every response. Nothing loads from another site, no inline script runs, no page but an embeddable
 * chart can be framed, and no referrer tells the next site that a visitor was here.
 */
public final class SecurityHeaders {
    private static final String POLICY_BUT_FRAMING = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'");
    static final String CONTENT_SECURITY_POLICY = POLICY_BUT_FRAMING + "; frame-ancestors 'none'";
    /** Only the embeddable charts may be framed, by any site. */
    static final String EMBED_CONTENT_SECURITY_POLICY = POLICY_BUT_FRAMING + "; frame-ancestors *";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        List<String> headers = of(ctx.path(), ctx.appData(SiteUrl.CONFIGURED).startsWith("https://"));
        for (int i = 0; i < headers.size(); i += 2) {
            ctx.header(headers.get(i), headers.get(i + 1));
        }
    }

    /** The headers for an address, as name and value pairs; with https, Strict-Transport-Security too. */
    public static List<String> of(String path, boolean https) {
        boolean embed = Paths.isEmbed(path);
        List<String> headers = new ArrayList<>(List.of(
                "Content-Security-Policy", embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
                "Referrer-Policy", "no-referrer",
                "X-Content-Type-Options", "nosniff"));
        if (!embed) {
            headers.addAll(List.of("X-Frame-Options", "DENY"));
        }
        headers.addAll(List.of("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()",
                "Cross-Origin-Opener-Policy", "same-origin"));
        if (https) {
            headers.addAll(List.of("Strict-Transport-Security", "max-age=31536000"));
        }
        return headers;
    }
}
