package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * 2.1.1 command answer, used both synchronously and as the asynchronous result (OCPI 2.1.1
 * §13.3.1).
 *
 * <p>Wire fields: {@code result}. Required fields are checked when the record is built; optional
 * ones may be {@code null}.
 *
 * @param result result
 */
public record CommandResponse211(@JsonProperty("result") CommandResponseType211 result) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CommandResponse211 {
    Objects.requireNonNull(result, "CommandResponse211.result is required");
  }
}
