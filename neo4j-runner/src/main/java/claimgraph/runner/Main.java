package claimgraph.runner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1, for development and tests on machines
 * without Docker. Authentication is off: the server only listens on loopback and is meant for
 * one developer's own processes.
 *
 * <p>Usage: {@code Main --data DIR [--port N] [--pagecache 128m]}; port 0 picks a free port.
 * Prints one line {@code claimgraph-neo4j ready bolt://127.0.0.1:PORT VERSION} once Bolt accepts.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    String data = opts.get("data");
    if (data == null) fail("--data DIR is required");
    int port = Integer.parseInt(opts.getOrDefault("port", "0"));
    if (port == 0) port = freePort();

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(opts.getOrDefault("pagecache", "128m")))
          // A stop must fit the service's five-second shutdown budget: by default Bolt waits up to
          // 5 s for its thread pool and connections, and the database 10 s for transactions.
          // Whatever is cut short was never acknowledged; committed work is in the log.
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
          .build();
    } catch (RuntimeException e) {
      // The usual cause is a store locked by another running instance.
      fail("could not start Neo4j in " + data + ": " + rootMessage(e));
      return;
    }
    // A clean shutdown on SIGTERM/SIGINT checkpoints the store, so Ctrl-C never corrupts it.
    DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "neo4j-shutdown"));

    String version = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
            r -> (String) r.next().get("v"));
    System.out.println("claimgraph-neo4j ready bolt://127.0.0.1:" + port + " " + version);
    System.out.flush();

    // Orphan guard: the parent keeps our stdin open for its whole life. When it dies, even by
    // SIGKILL, the pipe closes, read() returns -1, and we shut down instead of lingering.
    Thread guard = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* ignore input */ }
      } catch (IOException ignored) {
        // a broken pipe means the same: the parent is gone
      }
      System.exit(0);
    }, "parent-watch");
    guard.setDaemon(false);
    guard.start();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) fail("bad argument: " + args[i]);
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      sb.append(" <- ").append(t.getMessage());
    }
    return sb.toString();
  }

  private static void fail(String message) {
    System.err.println("claimgraph-neo4j: " + message);
    System.exit(1);
  }
}
