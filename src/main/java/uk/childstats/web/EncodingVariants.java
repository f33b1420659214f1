package uk.childstats.web;

import io.javalin.http.Context;

/**
 * A compressed body and a plain one are different bytes, so they get different ETags: a cache that stored one
 * must never answer 304 for the other.
 */
public final class EncodingVariants {
    private EncodingVariants() {
    }

    /** The ETag for the body this request will get: the base tag, marked when the answer may be gzipped. */
    public static String etag(Context ctx, String baseTag) {
        return Precompressed.acceptsGzip(ctx) ? baseTag.substring(0, baseTag.length() - 1) + "-gzip\"" : baseTag;
    }
}
