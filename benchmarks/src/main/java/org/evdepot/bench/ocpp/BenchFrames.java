package org.evdepot.bench.ocpp;

import java.time.Instant;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.v16.IdTagInfo;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * The frames the OCPP benchmarks decode: realistic CALLs as a charger sends them, each with the
 * CALLRESULT payload a CSMS answers with. MeterValues and the transaction messages carry 10 sampled
 * values (energy, power, current and voltage per phase, SoC).
 */
public enum BenchFrames {
  /** OCPP 1.6 BootNotification. */
  V16_BOOT_NOTIFICATION(
      V16Actions.CATALOG,
      "BootNotification",
      "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"EVDepot\","
          + "\"chargePointModel\":\"Sim-150\",\"chargePointSerialNumber\":\"SN-000123\","
          + "\"firmwareVersion\":\"1.4.2\",\"meterType\":\"DC-Meter\"}]",
      new org.evdepot.ocpp.v16.BootNotificationResponse(
          org.evdepot.ocpp.v16.RegistrationStatus.ACCEPTED,
          Instant.parse("2026-11-27T08:00:00Z"),
          300)),
  /** OCPP 1.6 MeterValues with one meter value of 10 sampled values. */
  V16_METER_VALUES(
      V16Actions.CATALOG,
      "MeterValues",
      "[2,\"19223202\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":1234,"
          + "\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + V16Samples.TEN
          + "]}]}]",
      new org.evdepot.ocpp.v16.MeterValuesResponse()),
  /**
   * OCPP 1.6 StopTransaction with transaction data (10 sampled values): 1.6 has no
   * TransactionEvent, this is the closest transaction message.
   */
  V16_STOP_TRANSACTION(
      V16Actions.CATALOG,
      "StopTransaction",
      "[2,\"19223203\",\"StopTransaction\",{\"idTag\":\"04A2B3C4D5\",\"meterStop\":52310,"
          + "\"timestamp\":\"2026-11-27T09:12:00Z\",\"transactionId\":1234,\"reason\":\"Local\","
          + "\"transactionData\":[{\"timestamp\":\"2026-11-27T09:12:00Z\",\"sampledValue\":["
          + V16Samples.TEN
          + "]}]}]",
      new org.evdepot.ocpp.v16.StopTransactionResponse(
          new IdTagInfo(null, null, org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED))),
  /** OCPP 2.0.1 BootNotification. */
  V201_BOOT_NOTIFICATION(
      V201Actions.CATALOG,
      "BootNotification",
      "[2,\"19223211\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":"
          + "{\"model\":\"Sim-150\",\"vendorName\":\"EVDepot\",\"serialNumber\":\"SN-000123\","
          + "\"firmwareVersion\":\"1.4.2\"}}]",
      new org.evdepot.ocpp.v201.BootNotificationResponse(
          null,
          Instant.parse("2026-11-27T08:00:00Z"),
          300,
          org.evdepot.ocpp.v201.RegistrationStatusEnum.ACCEPTED,
          null)),
  /** OCPP 2.0.1 MeterValues with one meter value of 10 sampled values. */
  V201_METER_VALUES(
      V201Actions.CATALOG,
      "MeterValues",
      "[2,\"19223212\",\"MeterValues\",{\"evseId\":1,\"meterValue\":[{\"timestamp\":"
          + "\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + V201Samples.TEN
          + "]}]}]",
      new org.evdepot.ocpp.v201.MeterValuesResponse(null)),
  /** OCPP 2.0.1 TransactionEvent (Updated) with one meter value of 10 sampled values. */
  V201_TRANSACTION_EVENT(
      V201Actions.CATALOG,
      "TransactionEvent",
      "[2,\"19223213\",\"TransactionEvent\",{\"eventType\":\"Updated\",\"timestamp\":"
          + "\"2026-11-27T08:00:15Z\",\"triggerReason\":\"MeterValuePeriodic\",\"seqNo\":7,"
          + "\"transactionInfo\":{\"transactionId\":\"7f3c1a52-90d4-4c1e-b6a5-2f0e4d8c9b11\","
          + "\"chargingState\":\"Charging\"},\"evse\":{\"id\":1,\"connectorId\":1},"
          + "\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\",\"sampledValue\":["
          + V201Samples.TEN
          + "]}]}]",
      new org.evdepot.ocpp.v201.TransactionEventResponse(null, null, null, null, null));

  private final ActionCatalog catalog;
  private final String action;
  private final String frame;
  private final OcppResponse response;

  BenchFrames(ActionCatalog catalog, String action, String frame, OcppResponse response) {
    this.catalog = catalog;
    this.action = action;
    this.frame = frame;
    this.response = response;
  }

  /** The catalog of the frame's version. */
  public ActionCatalog catalog() {
    return catalog;
  }

  /** The action name. */
  public String action() {
    return action;
  }

  /** The CALL frame. */
  public String frame() {
    return frame;
  }

  /** The CALLRESULT payload answered to the CALL. */
  public OcppResponse response() {
    return response;
  }

  /** The message id of the CALL. */
  public String messageId() {
    int start = frame.indexOf('"') + 1;
    return frame.substring(start, frame.indexOf('"', start));
  }

  private static final class V16Samples {
    static final String TEN =
        sample("52310", "Energy.Active.Import.Register", null, "Wh", "Outlet")
            + ","
            + sample("148200.5", "Power.Active.Import", null, "W", "Outlet")
            + ","
            + sample("212.4", "Current.Import", "L1", "A", "Outlet")
            + ","
            + sample("211.9", "Current.Import", "L2", "A", "Outlet")
            + ","
            + sample("212.8", "Current.Import", "L3", "A", "Outlet")
            + ","
            + sample("230.1", "Voltage", "L1-N", "V", "Outlet")
            + ","
            + sample("229.8", "Voltage", "L2-N", "V", "Outlet")
            + ","
            + sample("231.0", "Voltage", "L3-N", "V", "Outlet")
            + ","
            + sample("67", "SoC", null, "Percent", "EV")
            + ","
            + sample("41.5", "Temperature", null, "Celsius", "Body");

    private static String sample(
        String value, String measurand, String phase, String unit, String location) {
      return "{\"value\":\""
          + value
          + "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\""
          + measurand
          + "\""
          + (phase == null ? "" : ",\"phase\":\"" + phase + "\"")
          + ",\"location\":\""
          + location
          + "\",\"unit\":\""
          + unit
          + "\"}";
    }
  }

  private static final class V201Samples {
    static final String TEN =
        sample("52310", "Energy.Active.Import.Register", null, "Wh", "Outlet")
            + ","
            + sample("148200.5", "Power.Active.Import", null, "W", "Outlet")
            + ","
            + sample("212.4", "Current.Import", "L1", "A", "Outlet")
            + ","
            + sample("211.9", "Current.Import", "L2", "A", "Outlet")
            + ","
            + sample("212.8", "Current.Import", "L3", "A", "Outlet")
            + ","
            + sample("230.1", "Voltage", "L1-N", "V", "Outlet")
            + ","
            + sample("229.8", "Voltage", "L2-N", "V", "Outlet")
            + ","
            + sample("231.0", "Voltage", "L3-N", "V", "Outlet")
            + ","
            + sample("67", "SoC", null, "Percent", "EV")
            + ","
            + sample("41.5", "Power.Offered", null, "kW", "Outlet");

    private static String sample(
        String value, String measurand, String phase, String unit, String location) {
      return "{\"value\":"
          + value
          + ",\"context\":\"Sample.Periodic\",\"measurand\":\""
          + measurand
          + "\""
          + (phase == null ? "" : ",\"phase\":\"" + phase + "\"")
          + ",\"location\":\""
          + location
          + "\",\"unitOfMeasure\":{\"unit\":\""
          + unit
          + "\"}}";
    }
  }
}
