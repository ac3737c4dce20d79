// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.Initiator;
import org.evdepot.ocpp.OcppVersion;

/**
 * Every action of OCPP 1.6, with its initiator and codecs.
 *
 * <p>Look actions up by wire name with {@link #find(String)} or use the constants directly.
 */
public final class V16Actions implements ActionCatalog {

  /** {@code Authorize}, sent by the charging station. */
  public static final ActionType<AuthorizeRequest, AuthorizeResponse> AUTHORIZE =
      new ActionType<>(
          OcppVersion.V16,
          "Authorize",
          Initiator.CHARGING_STATION,
          AuthorizeRequest.class,
          AuthorizeResponse.class,
          AuthorizeRequest.CODEC,
          AuthorizeResponse.CODEC);

  /** {@code BootNotification}, sent by the charging station. */
  public static final ActionType<BootNotificationRequest, BootNotificationResponse>
      BOOT_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "BootNotification",
              Initiator.CHARGING_STATION,
              BootNotificationRequest.class,
              BootNotificationResponse.class,
              BootNotificationRequest.CODEC,
              BootNotificationResponse.CODEC);

  /** {@code CancelReservation}, sent by the CSMS. */
  public static final ActionType<CancelReservationRequest, CancelReservationResponse>
      CANCEL_RESERVATION =
          new ActionType<>(
              OcppVersion.V16,
              "CancelReservation",
              Initiator.CSMS,
              CancelReservationRequest.class,
              CancelReservationResponse.class,
              CancelReservationRequest.CODEC,
              CancelReservationResponse.CODEC);

  /** {@code CertificateSigned}, sent by the CSMS. */
  public static final ActionType<CertificateSignedRequest, CertificateSignedResponse>
      CERTIFICATE_SIGNED =
          new ActionType<>(
              OcppVersion.V16,
              "CertificateSigned",
              Initiator.CSMS,
              CertificateSignedRequest.class,
              CertificateSignedResponse.class,
              CertificateSignedRequest.CODEC,
              CertificateSignedResponse.CODEC);

  /** {@code ChangeAvailability}, sent by the CSMS. */
  public static final ActionType<ChangeAvailabilityRequest, ChangeAvailabilityResponse>
      CHANGE_AVAILABILITY =
          new ActionType<>(
              OcppVersion.V16,
              "ChangeAvailability",
              Initiator.CSMS,
              ChangeAvailabilityRequest.class,
              ChangeAvailabilityResponse.class,
              ChangeAvailabilityRequest.CODEC,
              ChangeAvailabilityResponse.CODEC);

  /** {@code ChangeConfiguration}, sent by the CSMS. */
  public static final ActionType<ChangeConfigurationRequest, ChangeConfigurationResponse>
      CHANGE_CONFIGURATION =
          new ActionType<>(
              OcppVersion.V16,
              "ChangeConfiguration",
              Initiator.CSMS,
              ChangeConfigurationRequest.class,
              ChangeConfigurationResponse.class,
              ChangeConfigurationRequest.CODEC,
              ChangeConfigurationResponse.CODEC);

  /** {@code ClearCache}, sent by the CSMS. */
  public static final ActionType<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE =
      new ActionType<>(
          OcppVersion.V16,
          "ClearCache",
          Initiator.CSMS,
          ClearCacheRequest.class,
          ClearCacheResponse.class,
          ClearCacheRequest.CODEC,
          ClearCacheResponse.CODEC);

  /** {@code ClearChargingProfile}, sent by the CSMS. */
  public static final ActionType<ClearChargingProfileRequest, ClearChargingProfileResponse>
      CLEAR_CHARGING_PROFILE =
          new ActionType<>(
              OcppVersion.V16,
              "ClearChargingProfile",
              Initiator.CSMS,
              ClearChargingProfileRequest.class,
              ClearChargingProfileResponse.class,
              ClearChargingProfileRequest.CODEC,
              ClearChargingProfileResponse.CODEC);

  /** {@code DataTransfer}, sent by either side. */
  public static final ActionType<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
      new ActionType<>(
          OcppVersion.V16,
          "DataTransfer",
          Initiator.EITHER,
          DataTransferRequest.class,
          DataTransferResponse.class,
          DataTransferRequest.CODEC,
          DataTransferResponse.CODEC);

  /** {@code DeleteCertificate}, sent by the CSMS. */
  public static final ActionType<DeleteCertificateRequest, DeleteCertificateResponse>
      DELETE_CERTIFICATE =
          new ActionType<>(
              OcppVersion.V16,
              "DeleteCertificate",
              Initiator.CSMS,
              DeleteCertificateRequest.class,
              DeleteCertificateResponse.class,
              DeleteCertificateRequest.CODEC,
              DeleteCertificateResponse.CODEC);

  /** {@code DiagnosticsStatusNotification}, sent by the charging station. */
  public static final ActionType<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>
      DIAGNOSTICS_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "DiagnosticsStatusNotification",
              Initiator.CHARGING_STATION,
              DiagnosticsStatusNotificationRequest.class,
              DiagnosticsStatusNotificationResponse.class,
              DiagnosticsStatusNotificationRequest.CODEC,
              DiagnosticsStatusNotificationResponse.CODEC);

  /** {@code ExtendedTriggerMessage}, sent by the CSMS. */
  public static final ActionType<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse>
      EXTENDED_TRIGGER_MESSAGE =
          new ActionType<>(
              OcppVersion.V16,
              "ExtendedTriggerMessage",
              Initiator.CSMS,
              ExtendedTriggerMessageRequest.class,
              ExtendedTriggerMessageResponse.class,
              ExtendedTriggerMessageRequest.CODEC,
              ExtendedTriggerMessageResponse.CODEC);

  /** {@code FirmwareStatusNotification}, sent by the charging station. */
  public static final ActionType<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>
      FIRMWARE_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "FirmwareStatusNotification",
              Initiator.CHARGING_STATION,
              FirmwareStatusNotificationRequest.class,
              FirmwareStatusNotificationResponse.class,
              FirmwareStatusNotificationRequest.CODEC,
              FirmwareStatusNotificationResponse.CODEC);

  /** {@code GetCompositeSchedule}, sent by the CSMS. */
  public static final ActionType<GetCompositeScheduleRequest, GetCompositeScheduleResponse>
      GET_COMPOSITE_SCHEDULE =
          new ActionType<>(
              OcppVersion.V16,
              "GetCompositeSchedule",
              Initiator.CSMS,
              GetCompositeScheduleRequest.class,
              GetCompositeScheduleResponse.class,
              GetCompositeScheduleRequest.CODEC,
              GetCompositeScheduleResponse.CODEC);

  /** {@code GetConfiguration}, sent by the CSMS. */
  public static final ActionType<GetConfigurationRequest, GetConfigurationResponse>
      GET_CONFIGURATION =
          new ActionType<>(
              OcppVersion.V16,
              "GetConfiguration",
              Initiator.CSMS,
              GetConfigurationRequest.class,
              GetConfigurationResponse.class,
              GetConfigurationRequest.CODEC,
              GetConfigurationResponse.CODEC);

  /** {@code GetDiagnostics}, sent by the CSMS. */
  public static final ActionType<GetDiagnosticsRequest, GetDiagnosticsResponse> GET_DIAGNOSTICS =
      new ActionType<>(
          OcppVersion.V16,
          "GetDiagnostics",
          Initiator.CSMS,
          GetDiagnosticsRequest.class,
          GetDiagnosticsResponse.class,
          GetDiagnosticsRequest.CODEC,
          GetDiagnosticsResponse.CODEC);

  /** {@code GetInstalledCertificateIds}, sent by the CSMS. */
  public static final ActionType<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
      GET_INSTALLED_CERTIFICATE_IDS =
          new ActionType<>(
              OcppVersion.V16,
              "GetInstalledCertificateIds",
              Initiator.CSMS,
              GetInstalledCertificateIdsRequest.class,
              GetInstalledCertificateIdsResponse.class,
              GetInstalledCertificateIdsRequest.CODEC,
              GetInstalledCertificateIdsResponse.CODEC);

  /** {@code GetLocalListVersion}, sent by the CSMS. */
  public static final ActionType<GetLocalListVersionRequest, GetLocalListVersionResponse>
      GET_LOCAL_LIST_VERSION =
          new ActionType<>(
              OcppVersion.V16,
              "GetLocalListVersion",
              Initiator.CSMS,
              GetLocalListVersionRequest.class,
              GetLocalListVersionResponse.class,
              GetLocalListVersionRequest.CODEC,
              GetLocalListVersionResponse.CODEC);

  /** {@code GetLog}, sent by the CSMS. */
  public static final ActionType<GetLogRequest, GetLogResponse> GET_LOG =
      new ActionType<>(
          OcppVersion.V16,
          "GetLog",
          Initiator.CSMS,
          GetLogRequest.class,
          GetLogResponse.class,
          GetLogRequest.CODEC,
          GetLogResponse.CODEC);

  /** {@code Heartbeat}, sent by the charging station. */
  public static final ActionType<HeartbeatRequest, HeartbeatResponse> HEARTBEAT =
      new ActionType<>(
          OcppVersion.V16,
          "Heartbeat",
          Initiator.CHARGING_STATION,
          HeartbeatRequest.class,
          HeartbeatResponse.class,
          HeartbeatRequest.CODEC,
          HeartbeatResponse.CODEC);

  /** {@code InstallCertificate}, sent by the CSMS. */
  public static final ActionType<InstallCertificateRequest, InstallCertificateResponse>
      INSTALL_CERTIFICATE =
          new ActionType<>(
              OcppVersion.V16,
              "InstallCertificate",
              Initiator.CSMS,
              InstallCertificateRequest.class,
              InstallCertificateResponse.class,
              InstallCertificateRequest.CODEC,
              InstallCertificateResponse.CODEC);

  /** {@code LogStatusNotification}, sent by the charging station. */
  public static final ActionType<LogStatusNotificationRequest, LogStatusNotificationResponse>
      LOG_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "LogStatusNotification",
              Initiator.CHARGING_STATION,
              LogStatusNotificationRequest.class,
              LogStatusNotificationResponse.class,
              LogStatusNotificationRequest.CODEC,
              LogStatusNotificationResponse.CODEC);

  /** {@code MeterValues}, sent by the charging station. */
  public static final ActionType<MeterValuesRequest, MeterValuesResponse> METER_VALUES =
      new ActionType<>(
          OcppVersion.V16,
          "MeterValues",
          Initiator.CHARGING_STATION,
          MeterValuesRequest.class,
          MeterValuesResponse.class,
          MeterValuesRequest.CODEC,
          MeterValuesResponse.CODEC);

  /** {@code RemoteStartTransaction}, sent by the CSMS. */
  public static final ActionType<RemoteStartTransactionRequest, RemoteStartTransactionResponse>
      REMOTE_START_TRANSACTION =
          new ActionType<>(
              OcppVersion.V16,
              "RemoteStartTransaction",
              Initiator.CSMS,
              RemoteStartTransactionRequest.class,
              RemoteStartTransactionResponse.class,
              RemoteStartTransactionRequest.CODEC,
              RemoteStartTransactionResponse.CODEC);

  /** {@code RemoteStopTransaction}, sent by the CSMS. */
  public static final ActionType<RemoteStopTransactionRequest, RemoteStopTransactionResponse>
      REMOTE_STOP_TRANSACTION =
          new ActionType<>(
              OcppVersion.V16,
              "RemoteStopTransaction",
              Initiator.CSMS,
              RemoteStopTransactionRequest.class,
              RemoteStopTransactionResponse.class,
              RemoteStopTransactionRequest.CODEC,
              RemoteStopTransactionResponse.CODEC);

  /** {@code ReserveNow}, sent by the CSMS. */
  public static final ActionType<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW =
      new ActionType<>(
          OcppVersion.V16,
          "ReserveNow",
          Initiator.CSMS,
          ReserveNowRequest.class,
          ReserveNowResponse.class,
          ReserveNowRequest.CODEC,
          ReserveNowResponse.CODEC);

  /** {@code Reset}, sent by the CSMS. */
  public static final ActionType<ResetRequest, ResetResponse> RESET =
      new ActionType<>(
          OcppVersion.V16,
          "Reset",
          Initiator.CSMS,
          ResetRequest.class,
          ResetResponse.class,
          ResetRequest.CODEC,
          ResetResponse.CODEC);

  /** {@code SecurityEventNotification}, sent by the charging station. */
  public static final ActionType<SecurityEventNotificationRequest, SecurityEventNotificationResponse>
      SECURITY_EVENT_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "SecurityEventNotification",
              Initiator.CHARGING_STATION,
              SecurityEventNotificationRequest.class,
              SecurityEventNotificationResponse.class,
              SecurityEventNotificationRequest.CODEC,
              SecurityEventNotificationResponse.CODEC);

  /** {@code SendLocalList}, sent by the CSMS. */
  public static final ActionType<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
      new ActionType<>(
          OcppVersion.V16,
          "SendLocalList",
          Initiator.CSMS,
          SendLocalListRequest.class,
          SendLocalListResponse.class,
          SendLocalListRequest.CODEC,
          SendLocalListResponse.CODEC);

  /** {@code SetChargingProfile}, sent by the CSMS. */
  public static final ActionType<SetChargingProfileRequest, SetChargingProfileResponse>
      SET_CHARGING_PROFILE =
          new ActionType<>(
              OcppVersion.V16,
              "SetChargingProfile",
              Initiator.CSMS,
              SetChargingProfileRequest.class,
              SetChargingProfileResponse.class,
              SetChargingProfileRequest.CODEC,
              SetChargingProfileResponse.CODEC);

  /** {@code SignCertificate}, sent by the charging station. */
  public static final ActionType<SignCertificateRequest, SignCertificateResponse> SIGN_CERTIFICATE =
      new ActionType<>(
          OcppVersion.V16,
          "SignCertificate",
          Initiator.CHARGING_STATION,
          SignCertificateRequest.class,
          SignCertificateResponse.class,
          SignCertificateRequest.CODEC,
          SignCertificateResponse.CODEC);

  /** {@code SignedFirmwareStatusNotification}, sent by the charging station. */
  public static final ActionType<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse>
      SIGNED_FIRMWARE_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "SignedFirmwareStatusNotification",
              Initiator.CHARGING_STATION,
              SignedFirmwareStatusNotificationRequest.class,
              SignedFirmwareStatusNotificationResponse.class,
              SignedFirmwareStatusNotificationRequest.CODEC,
              SignedFirmwareStatusNotificationResponse.CODEC);

  /** {@code SignedUpdateFirmware}, sent by the CSMS. */
  public static final ActionType<SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse>
      SIGNED_UPDATE_FIRMWARE =
          new ActionType<>(
              OcppVersion.V16,
              "SignedUpdateFirmware",
              Initiator.CSMS,
              SignedUpdateFirmwareRequest.class,
              SignedUpdateFirmwareResponse.class,
              SignedUpdateFirmwareRequest.CODEC,
              SignedUpdateFirmwareResponse.CODEC);

  /** {@code StartTransaction}, sent by the charging station. */
  public static final ActionType<StartTransactionRequest, StartTransactionResponse>
      START_TRANSACTION =
          new ActionType<>(
              OcppVersion.V16,
              "StartTransaction",
              Initiator.CHARGING_STATION,
              StartTransactionRequest.class,
              StartTransactionResponse.class,
              StartTransactionRequest.CODEC,
              StartTransactionResponse.CODEC);

  /** {@code StatusNotification}, sent by the charging station. */
  public static final ActionType<StatusNotificationRequest, StatusNotificationResponse>
      STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V16,
              "StatusNotification",
              Initiator.CHARGING_STATION,
              StatusNotificationRequest.class,
              StatusNotificationResponse.class,
              StatusNotificationRequest.CODEC,
              StatusNotificationResponse.CODEC);

  /** {@code StopTransaction}, sent by the charging station. */
  public static final ActionType<StopTransactionRequest, StopTransactionResponse> STOP_TRANSACTION =
      new ActionType<>(
          OcppVersion.V16,
          "StopTransaction",
          Initiator.CHARGING_STATION,
          StopTransactionRequest.class,
          StopTransactionResponse.class,
          StopTransactionRequest.CODEC,
          StopTransactionResponse.CODEC);

  /** {@code TriggerMessage}, sent by the CSMS. */
  public static final ActionType<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
      new ActionType<>(
          OcppVersion.V16,
          "TriggerMessage",
          Initiator.CSMS,
          TriggerMessageRequest.class,
          TriggerMessageResponse.class,
          TriggerMessageRequest.CODEC,
          TriggerMessageResponse.CODEC);

  /** {@code UnlockConnector}, sent by the CSMS. */
  public static final ActionType<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
      new ActionType<>(
          OcppVersion.V16,
          "UnlockConnector",
          Initiator.CSMS,
          UnlockConnectorRequest.class,
          UnlockConnectorResponse.class,
          UnlockConnectorRequest.CODEC,
          UnlockConnectorResponse.CODEC);

  /** {@code UpdateFirmware}, sent by the CSMS. */
  public static final ActionType<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
      new ActionType<>(
          OcppVersion.V16,
          "UpdateFirmware",
          Initiator.CSMS,
          UpdateFirmwareRequest.class,
          UpdateFirmwareResponse.class,
          UpdateFirmwareRequest.CODEC,
          UpdateFirmwareResponse.CODEC);

  private static final List<ActionType<?, ?>> ALL =
      List.of(
          AUTHORIZE,
          BOOT_NOTIFICATION,
          CANCEL_RESERVATION,
          CERTIFICATE_SIGNED,
          CHANGE_AVAILABILITY,
          CHANGE_CONFIGURATION,
          CLEAR_CACHE,
          CLEAR_CHARGING_PROFILE,
          DATA_TRANSFER,
          DELETE_CERTIFICATE,
          DIAGNOSTICS_STATUS_NOTIFICATION,
          EXTENDED_TRIGGER_MESSAGE,
          FIRMWARE_STATUS_NOTIFICATION,
          GET_COMPOSITE_SCHEDULE,
          GET_CONFIGURATION,
          GET_DIAGNOSTICS,
          GET_INSTALLED_CERTIFICATE_IDS,
          GET_LOCAL_LIST_VERSION,
          GET_LOG,
          HEARTBEAT,
          INSTALL_CERTIFICATE,
          LOG_STATUS_NOTIFICATION,
          METER_VALUES,
          REMOTE_START_TRANSACTION,
          REMOTE_STOP_TRANSACTION,
          RESERVE_NOW,
          RESET,
          SECURITY_EVENT_NOTIFICATION,
          SEND_LOCAL_LIST,
          SET_CHARGING_PROFILE,
          SIGN_CERTIFICATE,
          SIGNED_FIRMWARE_STATUS_NOTIFICATION,
          SIGNED_UPDATE_FIRMWARE,
          START_TRANSACTION,
          STATUS_NOTIFICATION,
          STOP_TRANSACTION,
          TRIGGER_MESSAGE,
          UNLOCK_CONNECTOR,
          UPDATE_FIRMWARE);

  private static final Map<String, ActionType<?, ?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ActionType::name, Function.identity()));

  /** The catalog of OCPP 1.6. */
  public static final V16Actions CATALOG = new V16Actions();

  private V16Actions() {}

  @Override
  public OcppVersion version() {
    return OcppVersion.V16;
  }

  @Override
  public Optional<ActionType<?, ?>> find(String action) {
    return Optional.ofNullable(BY_NAME.get(action));
  }

  @Override
  public Collection<ActionType<?, ?>> all() {
    return ALL;
  }
}
