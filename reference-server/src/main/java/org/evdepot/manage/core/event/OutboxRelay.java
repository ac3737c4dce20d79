package org.evdepot.manage.core.event;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.adapter.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox rows to the {@link EventBus}, oldest first, and marks them published.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several server processes can relay the
 * same table; a crash between publishing and marking republishes (at-least-once). Services {@link
 * #wake()} the relay after commit; it also polls every {@code evdepot.outbox.poll-interval}.
 */
@Singleton
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 500;

  private final Db db;
  private final EventBus bus;
  private final Json json;
  private final Clock clock;
  private final Duration pollInterval;
  private final Duration retention;
  private Instant lastPurge = Instant.EPOCH;
  private final Semaphore signal = new Semaphore(0);

  /**
   * Serialises drains inside this process: without it a caller's {@link #drain()} could skip rows
   * the relay thread has claimed but not yet published, and return before they reach the bus.
   */
  private final ReentrantLock drainLock = new ReentrantLock();

  private volatile boolean running;
  private Thread thread;

  /**
   * @param db database
   * @param bus where events go
   * @param json reads payloads
   * @param clock time of publication
   * @param pollInterval how often to look for rows written by other processes
   * @param retention how long published rows are kept before an hourly purge deletes them
   */
  public OutboxRelay(
      Db db,
      EventBus bus,
      Json json,
      Clock clock,
      @Value("${evdepot.outbox.poll-interval:1s}") Duration pollInterval,
      @Value("${evdepot.outbox.retention:7d}") Duration retention) {
    this.db = db;
    this.bus = bus;
    this.json = json;
    this.clock = clock;
    this.pollInterval = pollInterval;
    this.retention = retention;
  }

  /**
   * Deletes published events older than the given time.
   *
   * @param before published before this time
   * @return how many were deleted
   */
  public int purgePublishedBefore(Instant before) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "delete from outbox where published_at is not null and published_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
          }
        });
  }

  /**
   * Starts the relay thread with the application.
   *
   * @param event startup
   */
  @EventListener
  public synchronized void onStartup(StartupEvent event) {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Stops the relay thread after a last drain; {@code OrderlyShutdown} calls it when the
   * application stops, after the OCPP endpoint and before the message log.
   */
  @PreDestroy
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    signal.release();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the relay to look at the outbox now (called after a commit that appended events). */
  public void wake() {
    signal.release();
  }

  /**
   * Publishes every committed unpublished event now, on the calling thread. When it returns, every
   * event this process committed before the call has been handed to the bus (a batch the relay
   * thread was publishing at the time is waited for); rows claimed by another process are not.
   *
   * @return how many events this call published
   */
  public int drain() {
    drainLock.lock();
    try {
      int total = 0;
      int n;
      do {
        n = publishBatch();
        total += n;
      } while (n == BATCH);
      return total;
    } finally {
      drainLock.unlock();
    }
  }

  private void loop() {
    while (running) {
      try {
        signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        drain();
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).toHours() >= 1) {
          lastPurge = now;
          purgePublishedBefore(now.minus(retention));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Outbox relay failed, will retry", e);
      }
    }
    try {
      drain();
    } catch (RuntimeException e) {
      LOG.warn("Final outbox drain failed; events stay in the outbox for the next start", e);
    }
  }

  private int publishBatch() {
    return db.inTransaction(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select id, event_id, event_type, charger_id, occurred_at, payload::text"
                      + " from outbox where published_at is null order by id limit ?"
                      + " for update skip locked")) {
            ps.setInt(1, BATCH);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                DomainEvent event =
                    new DomainEvent(
                        rs.getObject("event_id", UUID.class),
                        EventType.valueOf(rs.getString("event_type")),
                        rs.getString("charger_id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        json.readMap(rs.getString("payload")));
                bus.publish(event);
                ids.add(rs.getLong("id"));
              }
            }
          }
          if (!ids.isEmpty()) {
            try (PreparedStatement ps =
                c.prepareStatement("update outbox set published_at = ? where id = any (?)")) {
              ps.setTimestamp(1, Timestamp.from(clock.instant()));
              ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
              ps.executeUpdate();
            }
          }
          return ids.size();
        });
  }
}
