package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A charger (OCPP charge point / charging station) as the server knows it. The password hash is
 * never part of this value.
 *
 * @param id the charge point identity from the OCPP URL
 * @param depotId depot it belongs to, or null
 * @param vendor vendor from the last boot
 * @param model model from the last boot
 * @param serialNumber serial number from the last boot
 * @param firmwareVersion firmware version from the last boot
 * @param ocppVersion OCPP version of the last connection ("1.6", "2.0.1")
 * @param registrationStatus accepted, pending or rejected
 * @param connectionState connected or disconnected
 * @param lastSeen last message received
 * @param lastBootAt last BootNotification
 * @param firmwareStatus last firmware status notification
 * @param hasPassword whether a password is set for HTTP basic authentication
 * @param autoRegistered whether the charger was registered by its first boot
 * @param createdAt when created
 */
@Serdeable
public record Charger(
    String id,
    Long depotId,
    String vendor,
    String model,
    String serialNumber,
    String firmwareVersion,
    String ocppVersion,
    RegistrationStatus registrationStatus,
    ConnectionState connectionState,
    Instant lastSeen,
    Instant lastBootAt,
    String firmwareStatus,
    boolean hasPassword,
    boolean autoRegistered,
    Instant createdAt) {}
