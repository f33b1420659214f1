package uk.childstats.export;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses a page or a stylesheet refers to, as paths on this site (other sites and fragments dropped). */
final class Links {
    // Our templates write every attribute in double quotes, so a pattern reads them without an HTML parser.
    private static final Pattern IN_HTML = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern IN_CSS = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private Links() {
    }

    /**
     * The page's links and resources, and the site's own addresses written in its text (the embed code's iframe
     * address, citations): a visitor reaches those too.
     */
    static Set<String> inHtml(String html, URI page, String siteUrl) {
        Set<String> paths = found(IN_HTML.matcher(html), page, siteUrl);
        if (!siteUrl.isEmpty()) {
            Matcher inText = Pattern.compile(Pattern.quote(siteUrl) + "/[^\\s\"'<>&]*").matcher(html);
            while (inText.find()) {
                // A sentence may end just after an address.
                sitePath(inText.group().replaceAll("[.,;:)]+$", ""), page, siteUrl).ifPresent(paths::add);
            }
        }
        return paths;
    }

    static Set<String> inCss(String css, URI stylesheet, String siteUrl) {
        return found(IN_CSS.matcher(css), stylesheet, siteUrl);
    }

    private static Set<String> found(Matcher matcher, URI base, String siteUrl) {
        Set<String> paths = new LinkedHashSet<>();
        while (matcher.find()) {
            sitePath(matcher.group(1).replace("&amp;", "&"), base, siteUrl).ifPresent(paths::add);
        }
        return paths;
    }

    /** "/forces/x?a=b" for a link to this site (relative, root-relative or under its public address). */
    static Optional<String> sitePath(String link, URI base, String siteUrl) {
        String trimmed = link.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("data:")) {
            return Optional.empty();
        }
        if (!siteUrl.isEmpty() && trimmed.startsWith(siteUrl + "/")) {
            trimmed = trimmed.substring(siteUrl.length());
        }
        URI resolved;
        try {
            resolved = base.resolve(trimmed);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        boolean sameOrigin = resolved.getScheme() != null && resolved.getScheme().equals(base.getScheme())
                && resolved.getAuthority() != null && resolved.getAuthority().equals(base.getAuthority());
        if (!sameOrigin) {
            return Optional.empty();
        }
        String path = resolved.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery());
    }
}
