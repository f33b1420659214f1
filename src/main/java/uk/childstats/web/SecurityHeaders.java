package uk.childstats.web;

import io.javalin.http.Context;

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
        forPath(ctx.path(), ctx.appData(SiteUrl.CONFIGURED).startsWith("https://")).forEach(ctx::header);
    }

    /** The headers for an answer at this path, also for answers made before the router (405). */
    static java.util.Map<String, String> forPath(String path, boolean https) {
        boolean embed = Paths.isEmbed(path);
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Security-Policy", embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        if (!embed) {
            headers.put("X-Frame-Options", "DENY");
        }
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        return headers;
    }
}
