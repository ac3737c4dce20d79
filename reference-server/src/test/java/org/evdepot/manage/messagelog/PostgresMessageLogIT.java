package org.evdepot.manage.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.testing.TestDatabase;
import org.evdepot.manage.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PostgresMessageLog} against a real PostgreSQL. */
class PostgresMessageLogIT extends MessageLogContract {

  private static TestServer server;
  private final List<MessageLog> created = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = TestServer.start(PostgresMessageLogIT.class, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static PostgresMessageLog log(int capacity, int batch) {
    MessageLogSettings settings = new MessageLogSettings();
    settings.setQueueCapacity(capacity);
    settings.setBatchSize(batch);
    return new PostgresMessageLog(server.bean(Db.class), settings, new SimpleMeterRegistry());
  }

  @Override
  MessageLog newLog() {
    return log(10_000, 200);
  }

  @Test
  void frames_areWrittenInBatches_notOneRoundTripEach() throws Exception {
    try (MessageLog log = log(10_000, 250)) {
      for (int i = 0; i < 1_000; i++) {
        log.append(frame("LOG-BATCH", i));
      }
      assertThat(log.flush(Duration.ofSeconds(20))).isTrue();
    }
    // Rows of one batch share a transaction id: at most a handful of transactions for 1000 rows.
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(distinct xmin::text) from "
                    + server.schema()
                    + ".message_log where charger_id = 'LOG-BATCH'")) {
      rs.next();
      assertThat(rs.getLong(1)).isBetween(4L, 40L);
    }
  }

  @Test
  void fullQueue_dropsAndCountsInsteadOfBlockingTheCaller() throws Exception {
    // A database that hangs until released: the writer holds at most one frame, the queue one.
    CountDownLatch release = new CountDownLatch(1);
    DataSource real = server.bean(DataSource.class);
    DataSource hanging =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    release.await();
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MessageLogSettings settings = new MessageLogSettings();
    settings.setQueueCapacity(1);
    settings.setBatchSize(1);
    int refused = 0;
    int n = 100;
    MessageLog log = new PostgresMessageLog(new Db(hanging), settings, registry);
    for (int i = 0; i < n; i++) {
      if (!log.append(frame("LOG-FULL", i))) {
        refused++;
      }
    }
    release.countDown();
    log.close();

    assertThat(refused).isBetween(n - 2, n - 1);
    assertThat(registry.get("evdepot.messagelog.dropped").counter().count()).isEqualTo(refused);
    try (MessageLog reader = newLog()) {
      assertThat(reader.query("LOG-FULL", T0, T0.plusSeconds(60), 1000)).hasSize(n - refused);
    }
  }

  @Test
  void purgeBefore_deletesOnlyOlderFrames() {
    try (PostgresMessageLog log = log(100, 10)) {
      log.append(frame("LOG-PURGE", 0));
      log.append(frame("LOG-PURGE", 5000));
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();

      assertThat(log.purgeBefore(T0.plusSeconds(1))).isGreaterThanOrEqualTo(1);

      assertThat(log.query("LOG-PURGE", T0, T0.plusSeconds(60), 10))
          .extracting(LoggedFrame::messageId)
          .containsExactly("m5000");
    }
  }
}
