package org.evdepot.manage.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The charger's answer to a command.
 *
 * @param chargerId charger
 * @param command command URL name
 * @param ocppVersion the charger's OCPP version
 * @param status the answer's status field (Accepted, Rejected, ...), or null when it has none
 * @param response the whole answer payload
 */
@Serdeable
public record CommandResult(
    String chargerId,
    String command,
    String ocppVersion,
    String status,
    Map<String, Object> response) {}
