package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Asynchronous result of a command, posted to its response_url (OCPI 2.2.1 §13.3.3).
 *
 * <p>Wire fields: {@code result}, {@code message} (optional). Required fields are checked when the
 * record is built; optional ones may be {@code null}.
 *
 * @param result result from the charge point
 * @param message human-readable message
 */
public record CommandResult(
    @JsonProperty("result") CommandResultType result,
    @JsonProperty("message") List<DisplayText> message) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CommandResult {
    Objects.requireNonNull(result, "CommandResult.result is required");
    message = message == null ? null : List.copyOf(message);
  }
}
