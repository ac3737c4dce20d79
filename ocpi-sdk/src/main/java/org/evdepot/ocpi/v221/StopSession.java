package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * STOP_SESSION command (OCPI 2.2.1 §13.3.6).
 *
 * <p>Wire fields: {@code response_url}, {@code session_id}. Required fields are checked when the
 * record is built; optional ones may be {@code null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param sessionId session to stop
 */
public record StopSession(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("session_id") String sessionId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public StopSession {
    Objects.requireNonNull(responseUrl, "StopSession.response_url is required");
    Objects.requireNonNull(sessionId, "StopSession.session_id is required");
  }
}
