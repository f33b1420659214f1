package uk.childstats.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer kept as bytes: the body as rendered, its gzip form and its brotli form (each made once: gzip at the
 * highest level, brotli at the level chosen for its kind, see {@link Brotli}), a strong ETag for each (a cache that
 * holds one must never be told it holds another), and every other header, so that serving it is a lookup and a
 * copy: nothing is rendered or compressed again. A form is null when it would not be smaller.
 */
public record StoredResponse(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String identityTag,
                             String gzipTag, String brotliTag, List<String> headers) {
    private static final int WORTH_COMPRESSING = 256;

    /** Headers (name and value pairs, such as Content-Disposition or the security headers) are kept as given. */
    public static StoredResponse of(String contentType, byte[] body, CachePolicy policy, List<String> headers) {
        return of(contentType, body, gzipped(body), brotli(body, Brotli.RELEASE_QUALITY), policy, headers);
    }

    /** An answer whose compressed forms were made already (null where there is none). */
    static StoredResponse of(String contentType, byte[] body, byte[] gzip, byte[] brotli, CachePolicy policy,
                             List<String> headers) {
        String hash = hash(body);
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(policy.headers()));
        all.addAll(List.of("Vary", "Accept-Encoding"));
        return new StoredResponse(contentType, body, gzip, brotli, "\"" + hash + "\"", "\"" + hash + "-gz\"",
                "\"" + hash + "-br\"", List.copyOf(all));
    }

    /** What a visitor's request gets: 304 when its If-None-Match names this body, else the body it accepts. */
    public void send(HttpServletRequest request, HttpServletResponse response, Body out) throws IOException {
        AcceptEncoding encoding = AcceptEncoding.choose(request.getHeader("Accept-Encoding"), brotli != null,
                gzip != null);
        String tag = switch (encoding) {
            case BROTLI -> brotliTag;
            case GZIP -> gzipTag;
            case IDENTITY -> identityTag;
        };
        for (int i = 0; i < headers.size(); i += 2) {
            response.setHeader(headers.get(i), headers.get(i + 1));
        }
        response.setHeader("ETag", tag);
        if (EntityTags.current(request.getHeader("If-None-Match"), tag, request.getHeader("If-Modified-Since"),
                lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            out.write(new byte[0]);
            return;
        }
        byte[] body = switch (encoding) {
            case BROTLI -> brotli;
            case GZIP -> gzip;
            case IDENTITY -> identity;
        };
        if (encoding.token() != null) {
            response.setHeader("Content-Encoding", encoding.token());
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        out.write(body);
    }

    /** Where the body goes: the servlet's output, or the router's result. */
    @FunctionalInterface
    public interface Body {
        void write(byte[] body) throws IOException;
    }

    private String lastModified() {
        for (int i = 0; i < headers.size(); i += 2) {
            if (headers.get(i).equals("Last-Modified")) {
                return headers.get(i + 1);
            }
        }
        return null;
    }

    /** Bytes held, for the store's bounds. */
    public long size() {
        return identity.length + (gzip == null ? 0L : gzip.length) + (brotli == null ? 0L : brotli.length);
    }

    /** The gzip form, or null when the body is too small to gain from it. */
    static byte[] gzipped(byte[] body) {
        return smaller(body, body.length < WORTH_COMPRESSING ? null : gzip(body));
    }

    /** The brotli form at the given level, or null when it would not gain (or brotli is not available here). */
    static byte[] brotli(byte[] body, int quality) {
        return smaller(body, body.length < WORTH_COMPRESSING ? null : Brotli.compress(body, quality));
    }

    private static byte[] smaller(byte[] body, byte[] compressed) {
        return compressed != null && compressed.length < body.length ? compressed : null;
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
