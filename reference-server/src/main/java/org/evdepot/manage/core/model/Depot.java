package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A depot (site) whose chargers share one grid connection.
 *
 * @param id database id
 * @param name unique name
 * @param gridLimitKw the grid connection limit in kW
 * @param timezone IANA time zone of the site
 * @param createdAt when created
 * @param updatedAt when last changed
 */
@Serdeable
public record Depot(
    long id,
    String name,
    BigDecimal gridLimitKw,
    String timezone,
    Instant createdAt,
    Instant updatedAt) {}
