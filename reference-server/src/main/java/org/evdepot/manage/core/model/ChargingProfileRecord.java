package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A charging profile the server sent to a charger, with the charger's answer.
 *
 * @param id database id
 * @param chargerId charger
 * @param evseId EVSE (0 = the whole charger)
 * @param profileId the profile's id
 * @param stackLevel stack level
 * @param purpose purpose (TxProfile, TxDefaultProfile, ChargePointMaxProfile /
 *     ChargingStationMaxProfile)
 * @param profileJson the profile as sent, JSON
 * @param status SENT, ACCEPTED, REJECTED or CLEARED
 * @param sentAt when sent
 * @param answeredAt when answered or cleared, or null
 */
@Serdeable
public record ChargingProfileRecord(
    long id,
    String chargerId,
    int evseId,
    int profileId,
    int stackLevel,
    String purpose,
    String profileJson,
    String status,
    Instant sentAt,
    Instant answeredAt) {}
