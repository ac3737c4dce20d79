package org.evdepot.manage.connect;

import java.time.Instant;
import java.util.Optional;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.service.Admission;
import org.evdepot.manage.core.service.AuthorizationResult;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.BootResult;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.MeterValuesResult;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StartTransactionResult;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.StopTransactionRequest;
import org.evdepot.manage.core.service.StopTransactionResult;
import org.evdepot.manage.core.service.TransactionEventRequest;
import org.evdepot.manage.core.service.TransactionEventResult;

/**
 * Everything the OCPP handlers (1.6 and 2.0.1) ask of the core, in version-neutral terms.
 *
 * <p>It is an interface because the architecture lets the {@code connect} role (which holds the
 * chargers' WebSockets) and the {@code core} role (domain services on PostgreSQL) run as separate
 * processes behind a load balancer: today {@link InProcessCoreLink} calls the services directly; a
 * remote implementation (RabbitMQ request/reply or HTTP) can replace it without touching the
 * handlers. Every method therefore takes and returns plain values, and every method that changes
 * state has committed it when it returns, so a handler may send its CALLRESULT right after.
 *
 * <p>All methods are safe to call concurrently from many connections.
 */
public interface CoreLink {

  /**
   * A charger opened a WebSocket. An unknown charger is recorded per the unknown-charger policy. A
   * reconnect replaces the previous session.
   *
   * @param chargerId charge point identity from the URL
   * @param ocppVersion negotiated subprotocol version ("1.6", "2.0.1")
   * @param sessionId unique id of this connection
   * @return the charger's registration status
   */
  RegistrationStatus onConnected(String chargerId, String ocppVersion, String sessionId);

  /**
   * A charger's WebSocket closed. Ignored when the charger already reconnected with a newer
   * session.
   *
   * @param chargerId charger
   * @param sessionId id of the closed connection
   */
  void onDisconnected(String chargerId, String sessionId);

  /**
   * Checks the password of HTTP basic authentication (OCPP security profiles 1 and 2).
   *
   * @param chargerId charger
   * @param password presented password
   * @return true when the charger has a password and it matches
   */
  boolean verifyPassword(String chargerId, String password);

  /**
   * Decides, before the WebSocket upgrade, whether a charger may connect with the credentials it
   * presents, per the unknown-charger policy; stores a first password (trust on first use) and
   * records an unknown charger the policy lets in.
   *
   * @param chargerId charger
   * @param password presented HTTP Basic password, or null when none was sent
   * @param requirePassword whether chargers must present a password
   * @return the verdict
   */
  Admission admit(String chargerId, String password, boolean requirePassword);

  /**
   * The registration status stored for a charger (changed by boots and by operators).
   *
   * @param chargerId charger
   * @return the status, or empty for an unknown charger
   */
  Optional<RegistrationStatus> registrationStatus(String chargerId);

  /**
   * BootNotification (1.6 and 2.0.1).
   *
   * @param request the boot
   * @return Accepted, Pending or Rejected per the unknown-charger policy, with the interval
   */
  BootResult boot(BootRequest request);

  /**
   * Heartbeat.
   *
   * @param chargerId charger
   * @return the current time to send
   */
  Instant heartbeat(String chargerId);

  /**
   * StatusNotification.
   *
   * @param report the status
   */
  void statusNotification(StatusReport report);

  /**
   * Authorize.
   *
   * @param chargerId charger asking
   * @param idToken token value
   * @param idTokenType 2.0.1 token type, or null for 1.6
   * @return the authorization per stored tokens and the unknown-token policy
   */
  AuthorizationResult authorize(String chargerId, String idToken, String idTokenType);

  /**
   * 1.6 StartTransaction; idempotent on (charger, connector, id tag, start time, meterStart).
   *
   * @param request the start
   * @return the transaction id to send
   */
  StartTransactionResult startTransaction(StartTransactionRequest request);

  /**
   * 1.6 StopTransaction; an unknown or already stopped transaction is answered and recorded.
   *
   * @param request the stop
   * @return the outcome and the id tag's authorization
   */
  StopTransactionResult stopTransaction(StopTransactionRequest request);

  /**
   * 2.0.1 TransactionEvent; idempotent on (transactionId, seqNo), tolerant of reordering.
   *
   * @param request the event
   * @return the outcome and the id token's authorization
   */
  TransactionEventResult transactionEvent(TransactionEventRequest request);

  /**
   * MeterValues (1.6 and 2.0.1).
   *
   * @param request the values
   * @return how many were stored and flagged
   */
  MeterValuesResult meterValues(MeterValuesRequest request);

  /**
   * SecurityEventNotification (1.6 security extension and 2.0.1).
   *
   * @param chargerId charger
   * @param type security event type
   * @param timestamp when it happened
   * @param techInfo technical details, or null
   */
  void securityEvent(String chargerId, String type, Instant timestamp, String techInfo);

  /**
   * FirmwareStatusNotification (1.6, 1.6 signed firmware, 2.0.1).
   *
   * @param chargerId charger
   * @param status firmware status as sent
   * @param requestId request id (2.0.1, signed 1.6), or null
   */
  void firmwareStatus(String chargerId, String status, Integer requestId);

  /**
   * 1.6 DiagnosticsStatusNotification.
   *
   * @param chargerId charger
   * @param status diagnostics status as sent
   */
  void diagnosticsStatus(String chargerId, String status);

  /**
   * LogStatusNotification (1.6 security extension and 2.0.1).
   *
   * @param chargerId charger
   * @param status upload status as sent
   * @param requestId request id, or null
   */
  void logStatus(String chargerId, String status, Integer requestId);

  /**
   * 2.0.1 NotifyReport (one part of a report).
   *
   * @param chargerId charger
   * @param requestId the GetBaseReport/GetReport request id
   * @param seqNo part number
   * @param tbc more parts follow
   * @param generatedAt generation time
   * @param reportDataJson the reportData array as JSON, or null
   */
  void notifyReport(
      String chargerId,
      int requestId,
      int seqNo,
      boolean tbc,
      Instant generatedAt,
      String reportDataJson);

  /**
   * 2.0.1 NotifyEvent.
   *
   * @param chargerId charger
   * @param seqNo part number
   * @param tbc more parts follow
   * @param generatedAt generation time
   * @param eventDataJson the eventData array as JSON
   */
  void notifyEvent(
      String chargerId, int seqNo, boolean tbc, Instant generatedAt, String eventDataJson);

  /**
   * Records any other station-initiated message that only needs storing (2.0.1
   * ReservationStatusUpdate, NotifyChargingLimit, NotifyEVChargingNeeds, NotifyEVChargingSchedule,
   * ReportChargingProfiles, ...).
   *
   * @param chargerId charger
   * @param action the OCPP action name, e.g. "NotifyEVChargingNeeds"
   * @param timestamp the message's time, or null for now
   * @param payloadJson the message payload as JSON
   */
  void chargerMessage(String chargerId, String action, Instant timestamp, String payloadJson);

  /**
   * Station-initiated DataTransfer; recorded. No vendor extensions are installed, so the answer is
   * UnknownVendorId.
   *
   * @param chargerId charger
   * @param vendorId vendor id
   * @param messageId message id, or null
   * @param data data as sent (text or JSON), or null
   * @return the answer
   */
  DataTransferResult dataTransfer(String chargerId, String vendorId, String messageId, String data);
}
