package uk.childstats.web;

import io.javalin.config.Key;
import io.javalin.http.Context;

/**
 * The site's own address for citations, embed codes and metadata: SITE_URL when it is set, else this machine's
 * loopback address. Never the request's Host header, which a visitor controls and which would end up in cached
 * pages seen by everyone else.
 */
public final class SiteUrl {
    public static final Key<String> CONFIGURED = new Key<>("site-url");

    private SiteUrl() {
    }

    public static String of(Context ctx) {
        String configured = ctx.appData(CONFIGURED);
        return configured.isEmpty() ? "http://localhost:" + ctx.req().getLocalPort() : configured;
    }
}
