package uk.childstats.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The site only reads: GET, and HEAD answered as GET without its body (the server drops the body of a HEAD). Every
 * other method is 405 with Allow. Method-override headers are hidden from the router, which would otherwise obey
 * them, so a GET can never be turned into something a shared cache would store wrongly.
 */
public final class MethodRules implements Filter {
    static final String ALLOWED = "GET, HEAD";
    private static final Set<String> OVERRIDES = Set.of("x-http-method-override", "x-http-method", "x-method-override");
    private final boolean https;

    /** https: the site is served over HTTPS, so its 405 answers carry Strict-Transport-Security like the rest. */
    public MethodRules(boolean https) {
        this.https = https;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("Cache-Control", "no-store");
        answer.setHeader("Vary", "Accept-Encoding");
        String method = http.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            answer.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            answer.setHeader("Allow", ALLOWED);
            List<String> headers = SecurityHeaders.of(http.getRequestURI(), https);
            for (int i = 0; i < headers.size(); i += 2) {
                answer.setHeader(headers.get(i), headers.get(i + 1));
            }
            answer.setContentType("text/plain; charset=utf-8");
            answer.getOutputStream().write(("This site only answers GET and HEAD requests.\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new AsGet(http), response);
    }

    /** The request as the router sees it: a GET, with no method-override header. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getHeader(String name) {
            return isOverride(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isOverride(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isOverride(name)).toList());
        }

        private static boolean isOverride(String name) {
            return OVERRIDES.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
