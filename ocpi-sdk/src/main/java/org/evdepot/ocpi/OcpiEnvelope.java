package org.evdepot.ocpi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The response envelope every OCPI endpoint answers with (OCPI 2.2.1 §4.1.7).
 *
 * @param data the payload; may be null, and is unspecified for error codes
 * @param statusCode OCPI status code (see {@link OcpiStatus})
 * @param statusMessage optional human-readable message
 * @param timestamp when the response was generated
 * @param <T> payload type
 */
public record OcpiEnvelope<T>(
    @JsonProperty("data") T data,
    @JsonProperty("status_code") int statusCode,
    @JsonProperty("status_message") String statusMessage,
    @JsonProperty("timestamp") Instant timestamp) {

  /** Checks that the timestamp is present. */
  public OcpiEnvelope {
    Objects.requireNonNull(timestamp, "envelope.timestamp is required");
  }

  /**
   * A success envelope (1000).
   *
   * @param data payload
   * @param now timestamp
   * @param <T> payload type
   * @return the envelope
   */
  public static <T> OcpiEnvelope<T> success(T data, Instant now) {
    return new OcpiEnvelope<>(data, OcpiStatus.SUCCESS.code(), "Success", now);
  }

  /**
   * An error envelope without data.
   *
   * @param status status
   * @param message message
   * @param now timestamp
   * @param <T> payload type
   * @return the envelope
   */
  public static <T> OcpiEnvelope<T> error(OcpiStatus status, String message, Instant now) {
    return new OcpiEnvelope<>(null, status.code(), message, now);
  }

  /**
   * Whether the status code is in the success range.
   *
   * @return true for 1xxx
   */
  @JsonIgnore
  public boolean isSuccess() {
    return OcpiStatus.isSuccess(statusCode);
  }
}
