package org.evdepot.manage.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The charger's answer to a command. Every field is always written, so an empty answer (1.6
 * UpdateFirmware.conf) is {@code "response": {}} and an answer without a status has {@code
 * "status": null}.
 *
 * @param chargerId charger
 * @param command command URL name
 * @param ocppVersion the charger's OCPP version
 * @param status the answer's status field (Accepted, Rejected, ...), or null when it has none
 * @param response the whole answer payload
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommandResult(
    String chargerId,
    String command,
    String ocppVersion,
    String status,
    Map<String, Object> response) {}
