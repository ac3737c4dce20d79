package org.evdepot.manage.core.service;

import java.util.List;
import java.util.Objects;

/**
 * A MeterValues message, either version.
 *
 * @param chargerId charger
 * @param evseId EVSE (2.0.1) or connector (1.6)
 * @param ocpp16TransactionId 1.6 transaction id, or null
 * @param samples the samples
 */
public record MeterValuesRequest(
    String chargerId, int evseId, Integer ocpp16TransactionId, List<MeterSample> samples) {

  /** Validates the required fields. */
  public MeterValuesRequest {
    Objects.requireNonNull(chargerId, "chargerId");
    samples = samples == null ? List.of() : List.copyOf(samples);
  }
}
