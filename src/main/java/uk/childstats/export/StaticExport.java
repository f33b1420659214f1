package uk.childstats.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The whole public site as files, for a static host or a CDN: every page, download and API answer a visitor can
 * reach by following links from the home page of a running site (as of today, for pages that show the date they
 * were retrieved), with their gzip forms, under DIR/site/, and DIR/nginx.conf that serves them.
 */
public final class StaticExport {
    public static final String SITE_FOLDER = "site";
    public static final String NGINX_CONF = "nginx.conf";

    private StaticExport() {
    }

    /**
     * Crawls the site running at {@code running} (whose public address, in its links and metadata, is
     * {@code siteUrl}) into {@code dir}, which must be empty or absent.
     */
    public static ExportSummary write(URI running, String siteUrl, Path dir) throws IOException,
            InterruptedException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty: export into a new folder");
                }
            }
        }
        Files.createDirectories(dir.resolve("tmp"));
        ExportSummary summary = new Crawl(running, siteUrl, dir.resolve(SITE_FOLDER)).run();
        Files.writeString(dir.resolve(NGINX_CONF), NginxConfig.render(summary, siteUrl, LocalDate.now()));
        return summary;
    }
}
