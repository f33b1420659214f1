package uk.childstats.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A body stored with its gzip form made once, so a busy site never compresses the same bytes twice: a client that
 * accepts gzip gets the stored gzip bytes, any other the plain ones.
 */
public record Precompressed(byte[] plain, byte[] gzip) {

    public static Precompressed of(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Precompressed(plain, out.toByteArray());
    }

    public static boolean acceptsGzip(Context ctx) {
        String accepted = ctx.header("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    /** Sends the form this client accepts; the server's own compression leaves an encoded body alone. */
    public void send(Context ctx) {
        if (acceptsGzip(ctx) && gzip.length < plain.length) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(plain);
        }
    }

    public long size() {
        return plain.length + (long) gzip.length;
    }
}
