package uk.childstats.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The hot path: a stored answer is sent before the router is reached, a lookup and a copy of bytes. Anything not
 * stored goes on to the routes, which render it (and store it, if it is an answer to keep).
 */
public final class StoreFilter implements Filter {
    private final ResponseStore store;

    public StoreFilter(ResponseStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        StoredResponse stored = "GET".equals(http.getMethod()) ? store.find(http) : null;
        if (stored == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        stored.send(http, answer, answer.getOutputStream()::write);
    }
}
