package uk.childstats.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CSS, scripts and images, each under a name that carries a hash of its content ("/css/site.3f9a1c2b7e.css"):
 * a browser or CDN may keep one for a year, since a changed file gets a new name. Templates reach them only
 * through {@link #url}. Read once from the jar, with their gzip form; GOV.UK Frontend's stylesheet is cut to the
 * rules the site's markup uses ({@link GovukStylesheet}).
 */
public final class Assets {
    private static final String WEBJARS = "META-INF/resources";
    private static final List<String> FROM_WEBJARS = List.of(Paths.GOVUK_FRONTEND_CSS, Paths.CHART_JS);
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "woff2", "font/woff2", "ico", "image/x-icon", "json", "application/json");
    private static final Assets INSTANCE = load();

    /** A file under both names: the one in the source tree and the fingerprinted one pages link to. */
    record Asset(String path, String fingerprinted, String contentType, byte[] bytes, byte[] gzip) {
    }

    private final Map<String, Asset> byPath;
    private Map<String, byte[]> brotliForms;

    private Assets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    public static Assets all() {
        return INSTANCE;
    }

    /** "/css/site.css" to the address pages use for it; an unknown path is returned as it is. */
    public static String url(String path) {
        Asset asset = INSTANCE.byPath.get(path);
        return asset == null ? path : asset.fingerprinted();
    }

    /**
     * Every asset as a stored answer: the fingerprinted name kept a year, the plain name revalidated. With brotli,
     * the first call compresses every file at the highest level (about half a second), so a store starts without.
     */
    Map<String, StoredResponse> responses(List<String> securityHeaders, boolean withBrotli) {
        Map<String, byte[]> brotli = withBrotli ? brotliForms() : Map.of();
        Map<String, StoredResponse> responses = new HashMap<>();
        for (Asset asset : byPath.values()) {
            byte[] br = brotli.get(asset.path());
            responses.put(asset.fingerprinted(), StoredResponse.of(asset.contentType(), asset.bytes(), asset.gzip(),
                    br, CachePolicy.ASSET, securityHeaders));
            responses.put(asset.path(), StoredResponse.of(asset.contentType(), asset.bytes(), asset.gzip(), br,
                    CachePolicy.FILE, securityHeaders));
        }
        return Map.copyOf(responses);
    }

    private synchronized Map<String, byte[]> brotliForms() {
        if (brotliForms == null) {
            Map<String, byte[]> forms = new HashMap<>();
            for (Asset asset : byPath.values()) {
                byte[] br = StoredResponse.brotli(asset.bytes(), Brotli.ASSET_QUALITY);
                if (br != null) {
                    forms.put(asset.path(), br);
                }
            }
            brotliForms = Map.copyOf(forms);
        }
        return brotliForms;
    }

    private static Assets load() {
        Map<String, Asset> assets = new HashMap<>();
        try {
            Path root = folder("public");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = "/" + root.relativize(file).toString().replace('\\', '/');
                    assets.put(path, asset(path, Files.readAllBytes(file)));
                }
            }
            for (String path : FROM_WEBJARS) {
                try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(WEBJARS + path)) {
                    if (in != null) {
                        byte[] bytes = in.readAllBytes();
                        if (path.equals(Paths.GOVUK_FRONTEND_CSS)) {
                            bytes = GovukStylesheet.forSite(bytes, folder("templates"), root);
                        }
                        assets.put(path, asset(path, bytes));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The site's static files are missing from the classpath", e);
        }
        return new Assets(Map.copyOf(assets));
    }

    /** A folder on the classpath, in the jar or (in development and tests) on disk. */
    private static Path folder(String name) throws IOException, URISyntaxException {
        URI uri = Assets.class.getClassLoader().getResource(name).toURI();
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        return jar.getPath("/" + name);
    }

    private static Asset asset(String path, byte[] bytes) {
        int dot = path.lastIndexOf('.');
        String extension = path.substring(dot + 1);
        String fingerprinted = path.substring(0, dot) + "." + hash(bytes) + "." + extension;
        return new Asset(path, fingerprinted, TYPES.getOrDefault(extension, "application/octet-stream"), bytes,
                StoredResponse.gzipped(bytes));
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
