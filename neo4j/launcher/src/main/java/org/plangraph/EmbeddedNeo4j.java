package org.plangraph;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with only a Bolt connector on 127.0.0.1.
 *
 * Authentication is on when PLANGRAPH_NEO4J_PASSWORD is set (an environment variable, so `ps` does not show it):
 * the user neo4j gets that password at every start.
 *
 * Usage: EmbeddedNeo4j --home DIR --port N [--pagecache-mb M]
 *
 * stdout carries exactly one line: "NEO4J_READY bolt://127.0.0.1:N". Everything else
 * (including anything a library writes to System.out) goes to stderr; Neo4j's own
 * debug.log lives in DIR/logs. The process shuts the DBMS down cleanly when stdin
 * reaches EOF (parent died or closed the pipe) or on SIGTERM/SIGINT.
 */
public final class EmbeddedNeo4j {
    private static final Object LOCK = new Object();
    private static DatabaseManagementService service;
    private static boolean stopped;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // The non-daemon stdin watcher would otherwise keep a half-started JVM alive.
            System.err.println("EmbeddedNeo4j: startup failed: " + e);
            e.printStackTrace(System.err);
            shutdown();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        // Keep the real stdout for the ready line only; route everything else to stderr.
        PrintStream ready = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Path home = null;
        int port = 7687;
        long pageCacheMb = 64;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--home" -> { home = Path.of(require(a, v)); i++; }
                case "--port" -> { port = Integer.parseInt(require(a, v)); i++; }
                case "--pagecache-mb" -> { pageCacheMb = Long.parseLong(require(a, v)); i++; }
                default -> fail("unknown argument: " + a);
            }
        }
        if (home == null) fail("--home DIR is required");
        home = home.toAbsolutePath().normalize();
        String password = System.getenv("PLANGRAPH_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        Files.createDirectories(home);

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown-hook"));
        startStdinWatcher();

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Bolt's netty shutdown otherwise waits 2 x 5 s after the databases are already
                // checkpointed and closed; nobody else talks to this loopback server, so be quick.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
                .build();
        synchronized (LOCK) {
            if (stopped) { // stdin closed / signal while we were starting
                dbms.shutdown();
                return;
            }
            service = dbms;
        }

        if (auth) setPassword(dbms, password);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
            throw new IllegalStateException("database did not become available within 3 minutes");
        }
        System.err.printf("EmbeddedNeo4j: started in %d ms (home %s)%n", (System.nanoTime() - t0) / 1_000_000, home);
        ready.println("NEO4J_READY bolt://127.0.0.1:" + port);
        ready.flush();
        // main returns; the stdin watcher (non-daemon) and Neo4j's threads keep the JVM alive.
    }

    /** Embedded transactions run with full rights, so this works whatever the stored password was. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Raised when the password is already the one given: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static void startStdinWatcher() {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // ignore input; we only care about EOF
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            System.err.println("EmbeddedNeo4j: stdin closed, shutting down");
            shutdown();
            System.exit(0);
        }, "neo4j-stdin-watcher");
        t.setDaemon(false);
        t.start();
    }

    private static void shutdown() {
        synchronized (LOCK) {
            if (stopped) return;
            stopped = true;
            if (service != null) {
                try {
                    service.shutdown();
                    System.err.println("EmbeddedNeo4j: shut down cleanly");
                } catch (Throwable e) {
                    System.err.println("EmbeddedNeo4j: error during shutdown: " + e);
                }
            }
        }
    }

    private static String require(String flag, String value) {
        if (value == null) fail(flag + " needs a value");
        return value;
    }

    private static void fail(String msg) {
        System.err.println("EmbeddedNeo4j: " + msg);
        System.err.println("usage: EmbeddedNeo4j --home DIR --port N [--pagecache-mb M]");
        System.exit(2);
    }
}
