package org.evdepot.manage.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageLog} must do; each implementation's test extends this class and supplies
 * fresh logs.
 */
abstract class MessageLogContract {

  /**
   * @return a new, empty log
   */
  abstract MessageLog newLog();

  static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");

  static LoggedFrame frame(String charger, int i) {
    return new LoggedFrame(
        charger,
        i % 2 == 0 ? Direction.IN : Direction.OUT,
        T0.plusMillis(i),
        i % 2 == 0 ? 2 : 3,
        "m" + i,
        "Heartbeat",
        i % 2 == 0 ? "[2,\"m" + i + "\",\"Heartbeat\",{}]" : "[3,\"m" + i + "\",{}]");
  }

  @Test
  void query_returnsOneChargersFramesInTheRange_oldestFirst() {
    try (MessageLog log = newLog()) {
      for (int i = 0; i < 10; i++) {
        log.append(frame("LOG-A", i));
        log.append(frame("LOG-B", i));
      }
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();

      List<LoggedFrame> frames = log.query("LOG-A", T0.plusMillis(2), T0.plusMillis(6), 100);

      assertThat(frames).extracting(LoggedFrame::messageId).containsExactly("m2", "m3", "m4", "m5");
      assertThat(frames.get(0)).isEqualTo(frame("LOG-A", 2));
      assertThat(log.query("LOG-A", T0, T0.plusSeconds(1), 3)).hasSize(3);
    }
  }

  @Test
  void close_writesEveryFrameAppendedBefore() {
    MessageLog log = newLog();
    int n = 3_000;
    for (int i = 0; i < n; i++) {
      assertThat(log.append(frame("LOG-CLOSE", i))).isTrue();
    }
    log.close();

    try (MessageLog reader = newLog()) {
      assertThat(reader.query("LOG-CLOSE", T0, T0.plusSeconds(60), 10_000)).hasSize(n);
    }
  }

  @Test
  void append_afterClose_isRefused() {
    MessageLog log = newLog();
    log.close();

    assertThat(log.append(frame("LOG-LATE", 1))).isFalse();
  }
}
