package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charging transaction: one model for OCPP 1.6 StartTransaction/StopTransaction and OCPP 2.0.1
 * TransactionEvent.
 *
 * @param id database id
 * @param chargerId charger
 * @param evseId EVSE (2.0.1) or connector (1.6), null when not yet known
 * @param connectorId connector, null when not yet known
 * @param ocpp16Id the integer id given to a 1.6 charger, or null
 * @param transactionRef the 2.0.1 transactionId, or null
 * @param idToken the id token that started it, or null
 * @param state active or ended
 * @param startedAt start time as the charger reported it, or null when its start was never seen
 * @param stoppedAt stop time, or null
 * @param meterStartWh energy register at start in Wh, or null
 * @param meterStopWh energy register at stop in Wh, or null
 * @param stopReason stop reason, or null
 * @param chargingState last 2.0.1 charging state, or null
 * @param lastSeqNo highest 2.0.1 seqNo received, or null
 * @param lastSocPercent last state of charge the vehicle reported, or null
 */
@Serdeable
public record Transaction(
    long id,
    String chargerId,
    Integer evseId,
    Integer connectorId,
    Integer ocpp16Id,
    String transactionRef,
    String idToken,
    TransactionState state,
    Instant startedAt,
    Instant stoppedAt,
    BigDecimal meterStartWh,
    BigDecimal meterStopWh,
    String stopReason,
    String chargingState,
    Integer lastSeqNo,
    BigDecimal lastSocPercent) {}
