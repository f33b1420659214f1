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
        boolean embed = Paths.isEmbed(ctx.path());
        ctx.header("Content-Security-Policy", embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (!embed) {
            ctx.header("X-Frame-Options", "DENY");
        }
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (ctx.appData(SiteUrl.CONFIGURED).startsWith("https://")) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
