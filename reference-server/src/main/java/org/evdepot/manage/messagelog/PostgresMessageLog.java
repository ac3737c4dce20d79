package org.evdepot.manage.messagelog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.evdepot.manage.core.adapter.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MessageLog} on the {@code message_log} table: a bounded queue filled by {@link #append}
 * and one writer thread that inserts up to {@code batch-size} frames per JDBC batch. When the queue
 * is full new frames are dropped and counted ({@code evdepot.messagelog.dropped}) rather than
 * delaying the charger; a failed batch is retried, with a pause, until it is written or the log is
 * closed.
 */
@Singleton
public class PostgresMessageLog implements MessageLog {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresMessageLog.class);

  private final Db db;
  private final BlockingQueue<LoggedFrame> queue;
  private final int batchSize;
  private final AtomicLong appended = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final Object progress = new Object();
  private final Counter dropped;
  private final Thread writer;
  private volatile boolean closed;

  /**
   * @param db database
   * @param settings queue capacity and batch size
   * @param registry where the dropped-frame counter goes
   */
  public PostgresMessageLog(Db db, MessageLogSettings settings, MeterRegistry registry) {
    this.db = db;
    this.queue = new ArrayBlockingQueue<>(settings.getQueueCapacity());
    this.batchSize = settings.getBatchSize();
    this.dropped =
        Counter.builder("evdepot.messagelog.dropped")
            .description("Frames not logged because the queue was full or the log closed")
            .register(registry);
    this.writer = new Thread(this::run, "message-log-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  @Override
  public boolean append(LoggedFrame frame) {
    // The lock orders the sequence number with the queue insertion that flush() relies on.
    synchronized (queue) {
      if (closed || !queue.offer(frame)) {
        dropped.increment();
        return false;
      }
      appended.incrementAndGet();
    }
    return true;
  }

  @Override
  public boolean flush(Duration timeout) {
    long target = appended.get();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (written.get() < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Deletes frames logged before a time (retention; the DynamoDB implementation uses a TTL).
   *
   * @param before logged before this time
   * @return how many frames were deleted
   */
  public int purgeBefore(Instant before) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("delete from message_log where logged_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<LoggedFrame> query(String chargerId, Instant from, Instant to, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select charger_id, direction, logged_at, message_type, message_id, action,"
                      + " frame from message_log where charger_id = ? and logged_at >= ?"
                      + " and logged_at < ? order by logged_at, id limit ?")) {
            ps.setString(1, chargerId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setInt(4, limit);
            List<LoggedFrame> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new LoggedFrame(
                        rs.getString(1),
                        Direction.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
              }
            }
            return out;
          }
        });
  }

  /** Stops accepting frames and waits for the writer to store every queued frame. */
  @Override
  @PreDestroy
  public void close() {
    synchronized (queue) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!queue.isEmpty()) {
      LOG.error("Message log closed with {} frames not written", queue.size());
    }
  }

  private void run() {
    List<LoggedFrame> batch = new ArrayList<>(batchSize);
    while (true) {
      try {
        if (batch.isEmpty()) {
          boolean closing = closed;
          LoggedFrame first = closing ? queue.poll() : queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            if (closing) {
              return;
            }
            continue;
          }
          batch.add(first);
          queue.drainTo(batch, batchSize - 1);
        }
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Writing {} log frames failed; retrying", batch.size(), e);
        if (closed && batch.size() > 0 && retryExhausted()) {
          dropped.increment(batch.size());
          batch.clear();
        }
        pause();
      }
    }
  }

  private int failuresWhileClosed;

  private boolean retryExhausted() {
    return ++failuresWhileClosed >= 3;
  }

  private void pause() {
    try {
      Thread.sleep(500); // back off after a database failure before retrying the batch
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(List<LoggedFrame> batch) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into message_log (charger_id, direction, logged_at, message_type,"
                      + " message_id, action, frame) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (LoggedFrame f : batch) {
              ps.setString(1, f.chargerId());
              ps.setString(2, f.direction().name());
              ps.setTimestamp(3, Timestamp.from(f.time()));
              ps.setInt(4, f.messageType());
              ps.setString(5, f.messageId());
              ps.setString(6, f.action());
              ps.setString(7, f.frame());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
    written.addAndGet(batch.size());
    synchronized (progress) {
      progress.notifyAll();
    }
  }
}
