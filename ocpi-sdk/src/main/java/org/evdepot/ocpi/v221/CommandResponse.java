package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Synchronous answer to a command (OCPI 2.2.1 §13.3.2).
 *
 * <p>Wire fields: {@code result}, {@code timeout}, {@code message} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param result whether the CPO will forward the command
 * @param timeout seconds to wait for the asynchronous result
 * @param message human-readable message
 */
public record CommandResponse(
    @JsonProperty("result") CommandResponseType result,
    @JsonProperty("timeout") Integer timeout,
    @JsonProperty("message") List<DisplayText> message) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CommandResponse {
    Objects.requireNonNull(result, "CommandResponse.result is required");
    Objects.requireNonNull(timeout, "CommandResponse.timeout is required");
    message = message == null ? null : List.copyOf(message);
  }
}
