package org.evdepot.manage.connect;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evdepot.manage.core.adapter.Json;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.service.Admission;
import org.evdepot.manage.core.service.AuthorizationResult;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.BootResult;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.core.service.IdTokenService;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.MeterValuesResult;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StartTransactionResult;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.StopTransactionRequest;
import org.evdepot.manage.core.service.StopTransactionResult;
import org.evdepot.manage.core.service.TransactionEventRequest;
import org.evdepot.manage.core.service.TransactionEventResult;
import org.evdepot.manage.core.service.TransactionService;
import org.slf4j.MDC;

/**
 * The {@link CoreLink} of a single process: calls the core services directly, with the charger id
 * in the logging context ({@code chargerId} MDC key) for the duration of each call.
 */
@Singleton
public class InProcessCoreLink implements CoreLink {

  /** MDC key under which the charger id appears in log lines. */
  public static final String MDC_CHARGER_ID = "chargerId";

  private final ChargerService chargers;
  private final IdTokenService idTokens;
  private final TransactionService transactions;
  private final Json json;

  /**
   * @param chargers charger service
   * @param idTokens id token service
   * @param transactions transaction service
   * @param json reads JSON payloads
   */
  public InProcessCoreLink(
      ChargerService chargers,
      IdTokenService idTokens,
      TransactionService transactions,
      Json json) {
    this.chargers = chargers;
    this.idTokens = idTokens;
    this.transactions = transactions;
    this.json = json;
  }

  @Override
  public RegistrationStatus onConnected(String chargerId, String ocppVersion, String sessionId) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      return chargers.connected(chargerId, ocppVersion, sessionId);
    }
  }

  @Override
  public void onDisconnected(String chargerId, String sessionId) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      chargers.disconnected(chargerId, sessionId);
    }
  }

  @Override
  public boolean verifyPassword(String chargerId, String password) {
    return chargers.verifyPassword(chargerId, password);
  }

  @Override
  public Admission admit(String chargerId, String password, boolean requirePassword) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      return chargers.admit(chargerId, password, requirePassword);
    }
  }

  @Override
  public Optional<RegistrationStatus> registrationStatus(String chargerId) {
    return chargers.registrationStatus(chargerId);
  }

  @Override
  public BootResult boot(BootRequest request) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, request.chargerId())) {
      return chargers.boot(request);
    }
  }

  @Override
  public Instant heartbeat(String chargerId) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      return chargers.heartbeat(chargerId);
    }
  }

  @Override
  public void statusNotification(StatusReport report) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, report.chargerId())) {
      chargers.statusNotification(report);
    }
  }

  @Override
  public AuthorizationResult authorize(String chargerId, String idToken, String idTokenType) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      return idTokens.authorize(idToken, idTokenType);
    }
  }

  @Override
  public StartTransactionResult startTransaction(StartTransactionRequest request) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, request.chargerId())) {
      return transactions.startTransaction(request);
    }
  }

  @Override
  public StopTransactionResult stopTransaction(StopTransactionRequest request) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, request.chargerId())) {
      return transactions.stopTransaction(request);
    }
  }

  @Override
  public TransactionEventResult transactionEvent(TransactionEventRequest request) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, request.chargerId())) {
      return transactions.transactionEvent(request);
    }
  }

  @Override
  public MeterValuesResult meterValues(MeterValuesRequest request) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, request.chargerId())) {
      return transactions.meterValues(request);
    }
  }

  @Override
  public void securityEvent(String chargerId, String type, Instant timestamp, String techInfo) {
    record(chargerId, "SECURITY_EVENT", timestamp, data("type", type, "techInfo", techInfo));
  }

  @Override
  public void firmwareStatus(String chargerId, String status, Integer requestId) {
    record(chargerId, "FIRMWARE_STATUS", null, data("status", status, "requestId", requestId));
  }

  @Override
  public void diagnosticsStatus(String chargerId, String status) {
    record(chargerId, "DIAGNOSTICS_STATUS", null, data("status", status, "requestId", null));
  }

  @Override
  public void logStatus(String chargerId, String status, Integer requestId) {
    record(chargerId, "LOG_STATUS", null, data("status", status, "requestId", requestId));
  }

  @Override
  public void notifyReport(
      String chargerId,
      int requestId,
      int seqNo,
      boolean tbc,
      Instant generatedAt,
      String reportDataJson) {
    Map<String, Object> d = data("requestId", requestId, "seqNo", seqNo);
    d.put("tbc", tbc);
    d.put("reportData", reportDataJson == null ? null : json.read(reportDataJson));
    record(chargerId, "NOTIFY_REPORT", generatedAt, d);
  }

  @Override
  public void notifyEvent(
      String chargerId, int seqNo, boolean tbc, Instant generatedAt, String eventDataJson) {
    Map<String, Object> d = data("seqNo", seqNo, "tbc", tbc);
    d.put("eventData", json.read(eventDataJson));
    record(chargerId, "NOTIFY_EVENT", generatedAt, d);
  }

  @Override
  public void chargerMessage(
      String chargerId, String action, Instant timestamp, String payloadJson) {
    Map<String, Object> d = data("action", action, "payload", json.read(payloadJson));
    record(chargerId, "MESSAGE", timestamp, d);
  }

  @Override
  public DataTransferResult dataTransfer(
      String chargerId, String vendorId, String messageId, String data) {
    Map<String, Object> d = data("vendorId", vendorId, "messageId", messageId);
    d.put("data", data);
    record(chargerId, "DATA_TRANSFER", null, d);
    return new DataTransferResult(DataTransferResult.Status.UNKNOWN_VENDOR_ID, null);
  }

  private void record(String chargerId, String kind, Instant time, Map<String, Object> data) {
    try (var ignored = MDC.putCloseable(MDC_CHARGER_ID, chargerId)) {
      chargers.recordEvent(chargerId, kind, time, data);
    }
  }

  private static Map<String, Object> data(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new HashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
