package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** A client that starts a request and then sends nothing is cut off, so slowloris connections cannot pile up. */
class SlowClientsTest {
    @Test
    void aClientThatStopsHalfwayThroughItsHeadersIsClosedWithinSeconds() throws Exception {
        URI site = URI.create(TestSite.baseUrl());
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(20_000);
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            boolean closed;
            try {
                while (in.read() >= 0) {
                    // a 408 answer may come first; the server must then close
                }
                closed = true;
            } catch (SocketTimeoutException stillOpen) {
                closed = false;
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(closed, "the half-sent request was still open after 20 s");
            assertTrue(seconds <= 15, "closed only after " + seconds + " s");
        }
    }
}
