package org.evdepot.manage.connect.ocpp;

import static org.evdepot.manage.connect.ocpp.Mapping.idTagInfo16;
import static org.evdepot.manage.connect.ocpp.Mapping.samples16;
import static org.evdepot.manage.connect.ocpp.Mapping.wire;

import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.connect.DataTransferResult;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.BootResult;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StartTransactionResult;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.StopTransactionRequest;
import org.evdepot.manage.core.service.StopTransactionResult;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.v16.AuthorizeResponse;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.DataTransferResponse;
import org.evdepot.ocpp.v16.DataTransferStatus;
import org.evdepot.ocpp.v16.DiagnosticsStatusNotificationResponse;
import org.evdepot.ocpp.v16.FirmwareStatusNotificationResponse;
import org.evdepot.ocpp.v16.GenericStatusEnum;
import org.evdepot.ocpp.v16.HeartbeatResponse;
import org.evdepot.ocpp.v16.LogStatusNotificationResponse;
import org.evdepot.ocpp.v16.MeterValuesResponse;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.SecurityEventNotificationResponse;
import org.evdepot.ocpp.v16.SignCertificateResponse;
import org.evdepot.ocpp.v16.SignedFirmwareStatusNotificationResponse;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.StatusNotificationResponse;
import org.evdepot.ocpp.v16.StopTransactionResponse;
import org.evdepot.ocpp.v16.V16Actions;

/**
 * Answers every message an OCPP 1.6 charge point may send (Core, Firmware Management and the
 * Security Whitepaper's station-initiated messages) by asking the {@link CoreLink}. Each handler
 * returns only after the core has committed, so the CALLRESULT never precedes the data.
 */
final class V16Handlers {
  private V16Handlers() {}

  static Handlers create(CoreLink core) {
    return Handlers.builder()
        .on(
            V16Actions.BOOT_NOTIFICATION,
            (req, ctx) -> {
              BootResult r =
                  core.boot(
                      new BootRequest(
                          ctx.chargePointId(),
                          "1.6",
                          req.chargePointVendor(),
                          req.chargePointModel(),
                          req.chargePointSerialNumber() != null
                              ? req.chargePointSerialNumber()
                              : req.chargeBoxSerialNumber(),
                          req.firmwareVersion(),
                          null));
              return new BootNotificationResponse(
                  RegistrationStatus.valueOf(r.status().name()),
                  r.currentTime(),
                  r.intervalSeconds());
            })
        .on(
            V16Actions.HEARTBEAT,
            (req, ctx) -> new HeartbeatResponse(core.heartbeat(ctx.chargePointId())))
        .on(
            V16Actions.STATUS_NOTIFICATION,
            (req, ctx) -> {
              core.statusNotification(
                  new StatusReport(
                      ctx.chargePointId(),
                      req.connectorId(),
                      req.connectorId(),
                      wire(req.status()),
                      wire(req.errorCode()),
                      req.info(),
                      req.vendorErrorCode(),
                      req.timestamp()));
              return new StatusNotificationResponse();
            })
        .on(
            V16Actions.AUTHORIZE,
            (req, ctx) ->
                new AuthorizeResponse(
                    idTagInfo16(core.authorize(ctx.chargePointId(), req.idTag(), null))))
        .on(
            V16Actions.START_TRANSACTION,
            (req, ctx) -> {
              StartTransactionResult r =
                  core.startTransaction(
                      new StartTransactionRequest(
                          ctx.chargePointId(),
                          req.connectorId(),
                          req.idTag(),
                          req.meterStart(),
                          req.timestamp(),
                          req.reservationId()));
              return new StartTransactionResponse(idTagInfo16(r.idTagInfo()), r.transactionId());
            })
        .on(
            V16Actions.STOP_TRANSACTION,
            (req, ctx) -> {
              StopTransactionResult r =
                  core.stopTransaction(
                      new StopTransactionRequest(
                          ctx.chargePointId(),
                          req.transactionId(),
                          req.idTag(),
                          req.meterStop(),
                          req.timestamp(),
                          wire(req.reason()),
                          samples16(req.transactionData())));
              return new StopTransactionResponse(
                  req.idTag() == null || r.idTagInfo() == null ? null : idTagInfo16(r.idTagInfo()));
            })
        .on(
            V16Actions.METER_VALUES,
            (req, ctx) -> {
              core.meterValues(
                  new MeterValuesRequest(
                      ctx.chargePointId(),
                      req.connectorId(),
                      req.transactionId(),
                      samples16(req.meterValue())));
              return new MeterValuesResponse();
            })
        .on(
            V16Actions.DATA_TRANSFER,
            (req, ctx) -> {
              DataTransferResult r =
                  core.dataTransfer(
                      ctx.chargePointId(), req.vendorId(), req.messageId(), req.data());
              return new DataTransferResponse(dataTransferStatus(r.status()), r.data());
            })
        .on(
            V16Actions.DIAGNOSTICS_STATUS_NOTIFICATION,
            (req, ctx) -> {
              core.diagnosticsStatus(ctx.chargePointId(), wire(req.status()));
              return new DiagnosticsStatusNotificationResponse();
            })
        .on(
            V16Actions.FIRMWARE_STATUS_NOTIFICATION,
            (req, ctx) -> {
              core.firmwareStatus(ctx.chargePointId(), wire(req.status()), null);
              return new FirmwareStatusNotificationResponse();
            })
        .on(
            V16Actions.SIGNED_FIRMWARE_STATUS_NOTIFICATION,
            (req, ctx) -> {
              core.firmwareStatus(ctx.chargePointId(), wire(req.status()), req.requestId());
              return new SignedFirmwareStatusNotificationResponse();
            })
        .on(
            V16Actions.SECURITY_EVENT_NOTIFICATION,
            (req, ctx) -> {
              core.securityEvent(ctx.chargePointId(), req.type(), req.timestamp(), req.techInfo());
              return new SecurityEventNotificationResponse();
            })
        .on(
            V16Actions.LOG_STATUS_NOTIFICATION,
            (req, ctx) -> {
              core.logStatus(ctx.chargePointId(), wire(req.status()), req.requestId());
              return new LogStatusNotificationResponse();
            })
        .on(
            V16Actions.SIGN_CERTIFICATE,
            (req, ctx) -> {
              // Recorded for an operator; this server runs no certificate authority, so the
              // request is rejected rather than accepted and never answered.
              core.chargerMessage(
                  ctx.chargePointId(), "SignCertificate", null, OcppJson.toJson(req));
              return new SignCertificateResponse(GenericStatusEnum.REJECTED);
            })
        .build();
  }

  private static DataTransferStatus dataTransferStatus(DataTransferResult.Status s) {
    switch (s) {
      case ACCEPTED:
        return DataTransferStatus.ACCEPTED;
      case REJECTED:
        return DataTransferStatus.REJECTED;
      case UNKNOWN_MESSAGE_ID:
        return DataTransferStatus.UNKNOWN_MESSAGE_ID;
      default:
        return DataTransferStatus.UNKNOWN_VENDOR_ID;
    }
  }
}
