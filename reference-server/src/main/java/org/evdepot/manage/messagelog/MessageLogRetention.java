package org.evdepot.manage.messagelog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes message log frames older than {@code evdepot.message-log.retention} once an hour. */
@Singleton
@Requires(beans = PostgresMessageLog.class)
public class MessageLogRetention {

  private static final Logger LOG = LoggerFactory.getLogger(MessageLogRetention.class);

  private final PostgresMessageLog log;
  private final Clock clock;
  private final Duration retention;

  /**
   * @param log the PostgreSQL message log
   * @param clock server time
   * @param retention how long frames are kept (default 30 days)
   */
  public MessageLogRetention(
      PostgresMessageLog log,
      Clock clock,
      @Value("${evdepot.message-log.retention:30d}") Duration retention) {
    this.log = log;
    this.clock = clock;
    this.retention = retention;
  }

  /** Runs the purge; scheduled hourly. */
  @Scheduled(fixedDelay = "1h", initialDelay = "10m")
  public void purge() {
    int n = log.purgeBefore(clock.instant().minus(retention));
    if (n > 0) {
      LOG.info("Message log retention deleted {} frames older than {}", n, retention);
    }
  }
}
