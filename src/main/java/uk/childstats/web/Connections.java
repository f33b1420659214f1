package uk.childstats.web;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Limits that keep memory bounded on a news day: a fixed number of server threads and a bounded queue of jobs
 * waiting for one, connections closed when a client sends or reads nothing for a while, and at most 2,000 open
 * connections, idle ones closed sooner when that many are open (slow clients and slowloris attacks hold no thread,
 * and not for long).
 */
public final class Connections {
    static final int MAX_THREADS = 48;
    static final int QUEUED_JOBS = 1024;
    static final long IDLE_TIMEOUT_MILLIS = 10_000;
    static final int MAX_CONNECTIONS = 2_000;
    /** Once the connection limit is reached, a connection idle this long is closed, freeing room for new ones. */
    static final long IDLE_TIMEOUT_AT_LIMIT_MILLIS = 2_000;

    private Connections() {
    }

    public static QueuedThreadPool boundedThreadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8, 60_000,
                new BlockingArrayQueue<>(QUEUED_JOBS, 0, QUEUED_JOBS));
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    public static void closeIdleAndSlowClients(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            }
        }
        NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
        limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT_MILLIS);
        server.addBean(limit);
    }
}
