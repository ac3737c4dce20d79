package org.evdepot.manage.connect.ocpp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;

/**
 * Counts OCPP frames by direction and action ({@code evdepot.ocpp.frames}, in Prometheus {@code
 * evdepot_ocpp_frames_total{direction,action}}). It belongs to the connect layer, next to the frame
 * listener that hands frames to the {@code MessageLog}, so the count does not depend on which
 * message log is installed nor on whether it kept the frame. Frames that could not be parsed count
 * under action {@code none}; a CALLRESULT or CALLERROR counts under the action of its CALL.
 */
@Singleton
public class FrameMetrics {
  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * @param registry where the counters go
   */
  public FrameMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Counts one frame.
   *
   * @param frame a frame in or out
   */
  public void count(FrameEvent frame) {
    String direction = frame.direction() == FrameDirection.IN ? "IN" : "OUT";
    String action = frame.action() == null ? "none" : frame.action();
    counters
        .computeIfAbsent(
            direction + "/" + action,
            k ->
                Counter.builder("evdepot.ocpp.frames")
                    .description("OCPP frames by direction and action")
                    .tag("direction", direction)
                    .tag("action", action)
                    .register(registry))
        .increment();
  }
}
