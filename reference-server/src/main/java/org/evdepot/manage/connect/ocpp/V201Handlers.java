package org.evdepot.manage.connect.ocpp;

import static org.evdepot.manage.connect.ocpp.Mapping.idTokenInfo201;
import static org.evdepot.manage.connect.ocpp.Mapping.samples201;
import static org.evdepot.manage.connect.ocpp.Mapping.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.connect.DataTransferResult;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.BootResult;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.TransactionEventRequest;
import org.evdepot.manage.core.service.TransactionEventResult;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.v201.AuthorizeResponse;
import org.evdepot.ocpp.v201.BootNotificationResponse;
import org.evdepot.ocpp.v201.ClearedChargingLimitResponse;
import org.evdepot.ocpp.v201.DataTransferResponse;
import org.evdepot.ocpp.v201.DataTransferStatusEnum;
import org.evdepot.ocpp.v201.FirmwareStatusNotificationResponse;
import org.evdepot.ocpp.v201.GenericStatusEnum;
import org.evdepot.ocpp.v201.GetCertificateStatusEnum;
import org.evdepot.ocpp.v201.GetCertificateStatusResponse;
import org.evdepot.ocpp.v201.HeartbeatResponse;
import org.evdepot.ocpp.v201.LogStatusNotificationResponse;
import org.evdepot.ocpp.v201.MeterValuesResponse;
import org.evdepot.ocpp.v201.NotifyChargingLimitResponse;
import org.evdepot.ocpp.v201.NotifyCustomerInformationResponse;
import org.evdepot.ocpp.v201.NotifyDisplayMessagesResponse;
import org.evdepot.ocpp.v201.NotifyEVChargingNeedsResponse;
import org.evdepot.ocpp.v201.NotifyEVChargingNeedsStatusEnum;
import org.evdepot.ocpp.v201.NotifyEVChargingScheduleResponse;
import org.evdepot.ocpp.v201.NotifyEventResponse;
import org.evdepot.ocpp.v201.NotifyMonitoringReportResponse;
import org.evdepot.ocpp.v201.NotifyReportResponse;
import org.evdepot.ocpp.v201.PublishFirmwareStatusNotificationResponse;
import org.evdepot.ocpp.v201.RegistrationStatusEnum;
import org.evdepot.ocpp.v201.ReportChargingProfilesResponse;
import org.evdepot.ocpp.v201.ReservationStatusUpdateResponse;
import org.evdepot.ocpp.v201.SecurityEventNotificationResponse;
import org.evdepot.ocpp.v201.SignCertificateResponse;
import org.evdepot.ocpp.v201.StatusNotificationResponse;
import org.evdepot.ocpp.v201.TransactionEventResponse;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * Answers every message an OCPP 2.0.1 charging station may send by asking the {@link CoreLink}.
 * Messages the core only needs to keep (reports, limits, EV charging needs, ...) are recorded whole
 * through {@link CoreLink#chargerMessage}.
 */
final class V201Handlers {
  private static final ObjectMapper TREES = new ObjectMapper();

  private V201Handlers() {}

  static Handlers create(CoreLink core) {
    Handlers.Builder b =
        Handlers.builder()
            .on(
                V201Actions.BOOT_NOTIFICATION,
                (req, ctx) -> {
                  BootResult r =
                      core.boot(
                          new BootRequest(
                              ctx.chargePointId(),
                              "2.0.1",
                              req.chargingStation().vendorName(),
                              req.chargingStation().model(),
                              req.chargingStation().serialNumber(),
                              req.chargingStation().firmwareVersion(),
                              wire(req.reason())));
                  return new BootNotificationResponse(
                      null,
                      r.currentTime(),
                      r.intervalSeconds(),
                      RegistrationStatusEnum.valueOf(r.status().name()),
                      null);
                })
            .on(
                V201Actions.HEARTBEAT,
                (req, ctx) -> new HeartbeatResponse(null, core.heartbeat(ctx.chargePointId())))
            .on(
                V201Actions.STATUS_NOTIFICATION,
                (req, ctx) -> {
                  core.statusNotification(
                      new StatusReport(
                          ctx.chargePointId(),
                          req.evseId(),
                          req.connectorId(),
                          wire(req.connectorStatus()),
                          null,
                          null,
                          null,
                          req.timestamp()));
                  return new StatusNotificationResponse(null);
                })
            .on(
                V201Actions.AUTHORIZE,
                (req, ctx) ->
                    new AuthorizeResponse(
                        null,
                        idTokenInfo201(
                            core.authorize(
                                ctx.chargePointId(),
                                req.idToken().idToken(),
                                wire(req.idToken().type()))),
                        null))
            .on(
                V201Actions.TRANSACTION_EVENT,
                (req, ctx) -> {
                  TransactionEventResult r =
                      core.transactionEvent(
                          new TransactionEventRequest(
                              ctx.chargePointId(),
                              TransactionEventRequest.EventType.valueOf(req.eventType().name()),
                              req.timestamp(),
                              wire(req.triggerReason()),
                              req.seqNo(),
                              Boolean.TRUE.equals(req.offline()),
                              req.transactionInfo().transactionId(),
                              wire(req.transactionInfo().chargingState()),
                              wire(req.transactionInfo().stoppedReason()),
                              req.transactionInfo().remoteStartId(),
                              req.evse() == null ? null : req.evse().id(),
                              req.evse() == null ? null : req.evse().connectorId(),
                              req.idToken() == null ? null : req.idToken().idToken(),
                              req.idToken() == null ? null : wire(req.idToken().type()),
                              samples201(req.meterValue())));
                  TransactionEventResponse.Builder resp = TransactionEventResponse.builder();
                  if (req.idToken() != null && r.idTokenInfo() != null) {
                    resp.idTokenInfo(idTokenInfo201(r.idTokenInfo()));
                  }
                  return resp.build();
                })
            .on(
                V201Actions.METER_VALUES,
                (req, ctx) -> {
                  core.meterValues(
                      new MeterValuesRequest(
                          ctx.chargePointId(), req.evseId(), null, samples201(req.meterValue())));
                  return new MeterValuesResponse(null);
                })
            .on(
                V201Actions.NOTIFY_REPORT,
                (req, ctx) -> {
                  core.notifyReport(
                      ctx.chargePointId(),
                      req.requestId(),
                      req.seqNo(),
                      Boolean.TRUE.equals(req.tbc()),
                      req.generatedAt(),
                      field(req, "reportData"));
                  return new NotifyReportResponse(null);
                })
            .on(
                V201Actions.NOTIFY_EVENT,
                (req, ctx) -> {
                  core.notifyEvent(
                      ctx.chargePointId(),
                      req.seqNo(),
                      Boolean.TRUE.equals(req.tbc()),
                      req.generatedAt(),
                      field(req, "eventData"));
                  return new NotifyEventResponse(null);
                })
            .on(
                V201Actions.SECURITY_EVENT_NOTIFICATION,
                (req, ctx) -> {
                  core.securityEvent(
                      ctx.chargePointId(), req.type(), req.timestamp(), req.techInfo());
                  return new SecurityEventNotificationResponse(null);
                })
            .on(
                V201Actions.FIRMWARE_STATUS_NOTIFICATION,
                (req, ctx) -> {
                  core.firmwareStatus(ctx.chargePointId(), wire(req.status()), req.requestId());
                  return new FirmwareStatusNotificationResponse(null);
                })
            .on(
                V201Actions.LOG_STATUS_NOTIFICATION,
                (req, ctx) -> {
                  core.logStatus(ctx.chargePointId(), wire(req.status()), req.requestId());
                  return new LogStatusNotificationResponse(null);
                })
            .on(
                V201Actions.DATA_TRANSFER,
                (req, ctx) -> {
                  DataTransferResult r =
                      core.dataTransfer(
                          ctx.chargePointId(),
                          req.vendorId(),
                          req.messageId(),
                          req.data() == null ? null : req.data().toString());
                  return new DataTransferResponse(
                      null, dataTransferStatus(r.status()), null, dataNode(r.data()));
                });
    record(
        b, core, V201Actions.RESERVATION_STATUS_UPDATE, new ReservationStatusUpdateResponse(null));
    record(b, core, V201Actions.NOTIFY_CHARGING_LIMIT, new NotifyChargingLimitResponse(null));
    record(b, core, V201Actions.CLEARED_CHARGING_LIMIT, new ClearedChargingLimitResponse(null));
    record(
        b,
        core,
        V201Actions.NOTIFY_EV_CHARGING_NEEDS,
        new NotifyEVChargingNeedsResponse(null, NotifyEVChargingNeedsStatusEnum.ACCEPTED, null));
    record(
        b,
        core,
        V201Actions.NOTIFY_EV_CHARGING_SCHEDULE,
        new NotifyEVChargingScheduleResponse(null, GenericStatusEnum.ACCEPTED, null));
    record(b, core, V201Actions.REPORT_CHARGING_PROFILES, new ReportChargingProfilesResponse(null));
    record(b, core, V201Actions.NOTIFY_MONITORING_REPORT, new NotifyMonitoringReportResponse(null));
    record(
        b,
        core,
        V201Actions.NOTIFY_CUSTOMER_INFORMATION,
        new NotifyCustomerInformationResponse(null));
    record(b, core, V201Actions.NOTIFY_DISPLAY_MESSAGES, new NotifyDisplayMessagesResponse(null));
    record(
        b,
        core,
        V201Actions.PUBLISH_FIRMWARE_STATUS_NOTIFICATION,
        new PublishFirmwareStatusNotificationResponse(null));
    // No certificate authority or OCSP responder runs here: recorded and declined.
    record(
        b,
        core,
        V201Actions.SIGN_CERTIFICATE,
        new SignCertificateResponse(null, GenericStatusEnum.REJECTED, null));
    record(
        b,
        core,
        V201Actions.GET_CERTIFICATE_STATUS,
        new GetCertificateStatusResponse(null, GetCertificateStatusEnum.FAILED, null, null));
    return b.build();
  }

  /** Registers a handler that records the message whole and answers {@code response}. */
  private static <Q extends OcppRequest<R>, R extends OcppResponse> void record(
      Handlers.Builder b, CoreLink core, ActionType<Q, R> action, R response) {
    b.on(
        action,
        (req, ctx) -> {
          core.chargerMessage(ctx.chargePointId(), action.name(), null, OcppJson.toJson(req));
          return response;
        });
  }

  private static String field(OcppRequest<?> req, String name) {
    try {
      JsonNode n = TREES.readTree(OcppJson.toJson(req)).get(name);
      return n == null ? null : n.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode dataNode(String data) {
    return data == null ? null : TREES.getNodeFactory().textNode(data);
  }

  private static DataTransferStatusEnum dataTransferStatus(DataTransferResult.Status s) {
    switch (s) {
      case ACCEPTED:
        return DataTransferStatusEnum.ACCEPTED;
      case REJECTED:
        return DataTransferStatusEnum.REJECTED;
      case UNKNOWN_MESSAGE_ID:
        return DataTransferStatusEnum.UNKNOWN_MESSAGE_ID;
      default:
        return DataTransferStatusEnum.UNKNOWN_VENDOR_ID;
    }
  }
}
