package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored meter sample.
 *
 * @param id database id
 * @param transactionId transaction it belongs to, or null
 * @param evseId EVSE or connector, or null
 * @param sampledAt sample time
 * @param measurand e.g. Energy.Active.Import.Register, Power.Active.Import, Current.Import, SoC
 * @param phase phase, or null
 * @param value the value as sent
 * @param unit unit (Wh, kWh, W, A, Percent, ...), or null
 * @param context reading context (Sample.Periodic, Transaction.Begin, ...), or null
 * @param outsideWindow the sample lies outside its transaction's start and stop
 * @param backwards an energy register went down compared to an earlier sample
 */
@Serdeable
public record MeterValue(
    long id,
    Long transactionId,
    Integer evseId,
    Instant sampledAt,
    String measurand,
    String phase,
    BigDecimal value,
    String unit,
    String context,
    boolean outsideWindow,
    boolean backwards) {}
