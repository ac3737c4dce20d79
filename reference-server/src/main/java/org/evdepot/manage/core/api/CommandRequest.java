package org.evdepot.manage.core.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;

/**
 * The body of every command, the same for OCPP 1.6 and 2.0.1 chargers. Each command reads the
 * fields it needs and ignores the others.
 *
 * @param evseId EVSE (2.0.1) or connector (1.6); remote start, unlock, availability, profiles
 * @param connectorId connector within the EVSE (2.0.1 unlock), or null
 * @param idToken id token for remote start
 * @param transactionId transaction to stop: the API's id of the transaction (the {@code id} in
 *     {@code /api/transactions}, for chargers of both versions); a value that is not a number is
 *     taken as a 2.0.1 charger's own transactionId (the form before API ids were accepted)
 * @param chargerTransactionId transaction to stop in the charger's own terms: the 1.6 integer id as
 *     text or the 2.0.1 transactionId; sent as is (give this or {@code transactionId})
 * @param type reset type (Soft/Hard or Immediate/OnIdle on either version: Hard = Immediate, Soft =
 *     OnIdle) or availability (Operative/Inoperative) or report base (FullInventory, ...) or
 *     trigger's requested message
 * @param keys configuration keys (1.6) or "Component/Variable" names (2.0.1) to read
 * @param values keys or "Component/Variable" names to set, with their values
 * @param chargingProfile the charging profile as JSON (set charging profile, remote start)
 * @param profileId charging profile id (clear)
 * @param durationSeconds duration (composite schedule)
 * @param location URL (firmware location, diagnostics/log upload)
 * @param retrieveAt when to download firmware, ISO-8601, or null
 * @param vendorId data transfer vendor id
 * @param messageId data transfer message id, or null
 * @param data data transfer payload, or null
 * @param timeoutSeconds how long to wait for the charger's answer, 1..300, default 30
 */
@Serdeable
public record CommandRequest(
    @Nullable @Min(0) Integer evseId,
    @Nullable @Min(0) Integer connectorId,
    @Nullable String idToken,
    @Nullable String transactionId,
    @Nullable String chargerTransactionId,
    @Nullable String type,
    @Nullable List<String> keys,
    @Nullable Map<String, String> values,
    @Nullable Map<String, Object> chargingProfile,
    @Nullable Integer profileId,
    @Nullable @Min(1) Integer durationSeconds,
    @Nullable String location,
    @Nullable String retrieveAt,
    @Nullable String vendorId,
    @Nullable String messageId,
    @Nullable String data,
    @Nullable @Min(1) @Max(300) Integer timeoutSeconds) {

  /** An empty body. */
  public static final CommandRequest EMPTY =
      new CommandRequest(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null);

  /**
   * @param id the charger's own transaction id
   * @return this request naming the transaction in the charger's terms
   */
  public CommandRequest withChargerTransactionId(String id) {
    return new CommandRequest(
        evseId,
        connectorId,
        idToken,
        transactionId,
        id,
        type,
        keys,
        values,
        chargingProfile,
        profileId,
        durationSeconds,
        location,
        retrieveAt,
        vendorId,
        messageId,
        data,
        timeoutSeconds);
  }
}
