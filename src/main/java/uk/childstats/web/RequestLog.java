package uk.childstats.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and milliseconds. Never the query string, which may hold what a
 * visitor typed (a postcode), and nothing that names the visitor.
 */
public final class RequestLog implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private final Predicate<HttpServletRequest> quiet;

    /** Requests that match quiet are not logged: the site's own requests that render a release ahead of time. */
    public RequestLog(Predicate<HttpServletRequest> quiet) {
        this.quiet = quiet;
    }

    public RequestLog() {
        this(request -> false);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        if (quiet.test((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest http = (HttpServletRequest) request;
            LOG.info("{} {} {} {} ms", http.getMethod(), http.getRequestURI(),
                    ((HttpServletResponse) response).getStatus(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
