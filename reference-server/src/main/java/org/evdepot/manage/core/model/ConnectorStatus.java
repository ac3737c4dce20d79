package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The live status of one connector. In OCPP 1.6 the EVSE id equals the connector id; connector 0
 * (EVSE 0) stands for the whole charger.
 *
 * @param chargerId charger
 * @param evseId EVSE id (2.0.1) or connector id (1.6)
 * @param connectorId connector id within the EVSE
 * @param status status as the charger sent it (e.g. Available, Occupied, Charging, Faulted)
 * @param errorCode error code (1.6) or null
 * @param info free text from the charger, or null
 * @param statusTime the charger's time of the status
 */
@Serdeable
public record ConnectorStatus(
    String chargerId,
    int evseId,
    int connectorId,
    String status,
    String errorCode,
    String info,
    Instant statusTime) {}
