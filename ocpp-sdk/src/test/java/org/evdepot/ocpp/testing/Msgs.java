package org.evdepot.ocpp.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.evdepot.ocpp.v201.TriggerReasonEnum;

/** Small builders of the messages the tests send. */
public final class Msgs {
  private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");

  private Msgs() {}

  /** 1.6 BootNotification. */
  public static org.evdepot.ocpp.v16.BootNotificationRequest boot16() {
    return new org.evdepot.ocpp.v16.BootNotificationRequest(
        "EvDepot", "TestCharger", null, null, null, null, null, null, null);
  }

  /** 2.0.1 BootNotification. */
  public static org.evdepot.ocpp.v201.BootNotificationRequest boot201() {
    return new org.evdepot.ocpp.v201.BootNotificationRequest(
        null,
        new org.evdepot.ocpp.v201.ChargingStation(null, null, "TestCharger", null, "EvDepot", null),
        org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP);
  }

  /** 1.6 StartTransaction. */
  public static StartTransactionRequest start(int connector, int meterStart) {
    return new StartTransactionRequest(connector, "TAG-1", meterStart, null, T);
  }

  /** 1.6 MeterValues of a transaction with one energy reading. */
  public static MeterValuesRequest meter(int connector, int transactionId, int wh) {
    return new MeterValuesRequest(
        connector,
        transactionId,
        List.of(
            new MeterValue(
                T,
                List.of(
                    new SampledValue(Integer.toString(wh), null, null, null, null, null, null)))));
  }

  /** 1.6 StopTransaction. */
  public static StopTransactionRequest stop(int transactionId, int meterStop) {
    return new StopTransactionRequest("TAG-1", meterStop, T, transactionId, null, null);
  }

  /** 2.0.1 TransactionEvent with one energy reading. */
  public static TransactionEventRequest event(
      TransactionEventEnum type, String transactionId, int seqNo) {
    return new TransactionEventRequest(
        null,
        type,
        List.of(
            new org.evdepot.ocpp.v201.MeterValue(
                null,
                List.of(
                    new org.evdepot.ocpp.v201.SampledValue(
                        null,
                        BigDecimal.valueOf(seqNo * 100L),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                T)),
        T,
        type == TransactionEventEnum.STARTED
            ? TriggerReasonEnum.CABLE_PLUGGED_IN
            : TriggerReasonEnum.METER_VALUE_PERIODIC,
        seqNo,
        null,
        null,
        null,
        null,
        new org.evdepot.ocpp.v201.Transaction(null, transactionId, null, null, null, null),
        null,
        null);
  }
}
