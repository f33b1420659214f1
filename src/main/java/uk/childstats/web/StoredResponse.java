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
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer kept as bytes: the body as rendered and its gzip form (made once, at the highest level, since it is
 * made once), a strong ETag for each (a cache that holds one must never be told it holds the other), and every
 * other header, so that serving it is a lookup and a copy: nothing is rendered or compressed again.
 */
public record StoredResponse(String contentType, byte[] identity, byte[] gzip, String identityTag, String gzipTag,
                             List<String> headers) {
    private static final int WORTH_COMPRESSING = 256;

    /** Headers (name and value pairs, such as Content-Disposition or the security headers) are kept as given. */
    public static StoredResponse of(String contentType, byte[] body, CachePolicy policy, List<String> headers) {
        byte[] gzip = body.length < WORTH_COMPRESSING ? null : gzip(body);
        if (gzip != null && gzip.length >= body.length) {
            gzip = null;
        }
        String hash = hash(body);
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(policy.headers()));
        all.addAll(List.of("Vary", "Accept-Encoding"));
        return new StoredResponse(contentType, body, gzip, "\"" + hash + "\"", "\"" + hash + "-gz\"", List.copyOf(all));
    }

    /** What a visitor's request gets: 304 when its If-None-Match names this body, else the body it accepts. */
    public void send(HttpServletRequest request, HttpServletResponse response, Body out) throws IOException {
        boolean gzipped = gzip != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String tag = gzipped ? gzipTag : identityTag;
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
        byte[] body = gzipped ? gzip : identity;
        if (gzipped) {
            response.setHeader("Content-Encoding", "gzip");
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
        return identity.length + (gzip == null ? 0L : gzip.length);
    }

    /** True unless the client refuses gzip ("gzip;q=0") or does not name it (or "*"). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        if (acceptEncoding.indexOf(';') < 0) {
            return acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip") || acceptEncoding.contains("*");
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equals("gzip") || name.equals("*")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
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
