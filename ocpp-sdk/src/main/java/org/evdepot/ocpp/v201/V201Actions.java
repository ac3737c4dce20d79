// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

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
 * Every action of OCPP 2.0.1, with its initiator and codecs.
 *
 * <p>Look actions up by wire name with {@link #find(String)} or use the constants directly.
 */
public final class V201Actions implements ActionCatalog {

  /** {@code Authorize}, sent by the charging station. */
  public static final ActionType<AuthorizeRequest, AuthorizeResponse> AUTHORIZE =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
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
              OcppVersion.V201,
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
              OcppVersion.V201,
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
              OcppVersion.V201,
              "ChangeAvailability",
              Initiator.CSMS,
              ChangeAvailabilityRequest.class,
              ChangeAvailabilityResponse.class,
              ChangeAvailabilityRequest.CODEC,
              ChangeAvailabilityResponse.CODEC);

  /** {@code ClearCache}, sent by the CSMS. */
  public static final ActionType<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
              "ClearChargingProfile",
              Initiator.CSMS,
              ClearChargingProfileRequest.class,
              ClearChargingProfileResponse.class,
              ClearChargingProfileRequest.CODEC,
              ClearChargingProfileResponse.CODEC);

  /** {@code ClearDisplayMessage}, sent by the CSMS. */
  public static final ActionType<ClearDisplayMessageRequest, ClearDisplayMessageResponse>
      CLEAR_DISPLAY_MESSAGE =
          new ActionType<>(
              OcppVersion.V201,
              "ClearDisplayMessage",
              Initiator.CSMS,
              ClearDisplayMessageRequest.class,
              ClearDisplayMessageResponse.class,
              ClearDisplayMessageRequest.CODEC,
              ClearDisplayMessageResponse.CODEC);

  /** {@code ClearVariableMonitoring}, sent by the CSMS. */
  public static final ActionType<ClearVariableMonitoringRequest, ClearVariableMonitoringResponse>
      CLEAR_VARIABLE_MONITORING =
          new ActionType<>(
              OcppVersion.V201,
              "ClearVariableMonitoring",
              Initiator.CSMS,
              ClearVariableMonitoringRequest.class,
              ClearVariableMonitoringResponse.class,
              ClearVariableMonitoringRequest.CODEC,
              ClearVariableMonitoringResponse.CODEC);

  /** {@code ClearedChargingLimit}, sent by the charging station. */
  public static final ActionType<ClearedChargingLimitRequest, ClearedChargingLimitResponse>
      CLEARED_CHARGING_LIMIT =
          new ActionType<>(
              OcppVersion.V201,
              "ClearedChargingLimit",
              Initiator.CHARGING_STATION,
              ClearedChargingLimitRequest.class,
              ClearedChargingLimitResponse.class,
              ClearedChargingLimitRequest.CODEC,
              ClearedChargingLimitResponse.CODEC);

  /** {@code CostUpdated}, sent by the CSMS. */
  public static final ActionType<CostUpdatedRequest, CostUpdatedResponse> COST_UPDATED =
      new ActionType<>(
          OcppVersion.V201,
          "CostUpdated",
          Initiator.CSMS,
          CostUpdatedRequest.class,
          CostUpdatedResponse.class,
          CostUpdatedRequest.CODEC,
          CostUpdatedResponse.CODEC);

  /** {@code CustomerInformation}, sent by the CSMS. */
  public static final ActionType<CustomerInformationRequest, CustomerInformationResponse>
      CUSTOMER_INFORMATION =
          new ActionType<>(
              OcppVersion.V201,
              "CustomerInformation",
              Initiator.CSMS,
              CustomerInformationRequest.class,
              CustomerInformationResponse.class,
              CustomerInformationRequest.CODEC,
              CustomerInformationResponse.CODEC);

  /** {@code DataTransfer}, sent by either side. */
  public static final ActionType<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
              "DeleteCertificate",
              Initiator.CSMS,
              DeleteCertificateRequest.class,
              DeleteCertificateResponse.class,
              DeleteCertificateRequest.CODEC,
              DeleteCertificateResponse.CODEC);

  /** {@code FirmwareStatusNotification}, sent by the charging station. */
  public static final ActionType<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>
      FIRMWARE_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V201,
              "FirmwareStatusNotification",
              Initiator.CHARGING_STATION,
              FirmwareStatusNotificationRequest.class,
              FirmwareStatusNotificationResponse.class,
              FirmwareStatusNotificationRequest.CODEC,
              FirmwareStatusNotificationResponse.CODEC);

  /** {@code Get15118EVCertificate}, sent by the charging station. */
  public static final ActionType<Get15118EVCertificateRequest, Get15118EVCertificateResponse>
      GET15118EV_CERTIFICATE =
          new ActionType<>(
              OcppVersion.V201,
              "Get15118EVCertificate",
              Initiator.CHARGING_STATION,
              Get15118EVCertificateRequest.class,
              Get15118EVCertificateResponse.class,
              Get15118EVCertificateRequest.CODEC,
              Get15118EVCertificateResponse.CODEC);

  /** {@code GetBaseReport}, sent by the CSMS. */
  public static final ActionType<GetBaseReportRequest, GetBaseReportResponse> GET_BASE_REPORT =
      new ActionType<>(
          OcppVersion.V201,
          "GetBaseReport",
          Initiator.CSMS,
          GetBaseReportRequest.class,
          GetBaseReportResponse.class,
          GetBaseReportRequest.CODEC,
          GetBaseReportResponse.CODEC);

  /** {@code GetCertificateStatus}, sent by the charging station. */
  public static final ActionType<GetCertificateStatusRequest, GetCertificateStatusResponse>
      GET_CERTIFICATE_STATUS =
          new ActionType<>(
              OcppVersion.V201,
              "GetCertificateStatus",
              Initiator.CHARGING_STATION,
              GetCertificateStatusRequest.class,
              GetCertificateStatusResponse.class,
              GetCertificateStatusRequest.CODEC,
              GetCertificateStatusResponse.CODEC);

  /** {@code GetChargingProfiles}, sent by the CSMS. */
  public static final ActionType<GetChargingProfilesRequest, GetChargingProfilesResponse>
      GET_CHARGING_PROFILES =
          new ActionType<>(
              OcppVersion.V201,
              "GetChargingProfiles",
              Initiator.CSMS,
              GetChargingProfilesRequest.class,
              GetChargingProfilesResponse.class,
              GetChargingProfilesRequest.CODEC,
              GetChargingProfilesResponse.CODEC);

  /** {@code GetCompositeSchedule}, sent by the CSMS. */
  public static final ActionType<GetCompositeScheduleRequest, GetCompositeScheduleResponse>
      GET_COMPOSITE_SCHEDULE =
          new ActionType<>(
              OcppVersion.V201,
              "GetCompositeSchedule",
              Initiator.CSMS,
              GetCompositeScheduleRequest.class,
              GetCompositeScheduleResponse.class,
              GetCompositeScheduleRequest.CODEC,
              GetCompositeScheduleResponse.CODEC);

  /** {@code GetDisplayMessages}, sent by the CSMS. */
  public static final ActionType<GetDisplayMessagesRequest, GetDisplayMessagesResponse>
      GET_DISPLAY_MESSAGES =
          new ActionType<>(
              OcppVersion.V201,
              "GetDisplayMessages",
              Initiator.CSMS,
              GetDisplayMessagesRequest.class,
              GetDisplayMessagesResponse.class,
              GetDisplayMessagesRequest.CODEC,
              GetDisplayMessagesResponse.CODEC);

  /** {@code GetInstalledCertificateIds}, sent by the CSMS. */
  public static final ActionType<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
      GET_INSTALLED_CERTIFICATE_IDS =
          new ActionType<>(
              OcppVersion.V201,
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
              OcppVersion.V201,
              "GetLocalListVersion",
              Initiator.CSMS,
              GetLocalListVersionRequest.class,
              GetLocalListVersionResponse.class,
              GetLocalListVersionRequest.CODEC,
              GetLocalListVersionResponse.CODEC);

  /** {@code GetLog}, sent by the CSMS. */
  public static final ActionType<GetLogRequest, GetLogResponse> GET_LOG =
      new ActionType<>(
          OcppVersion.V201,
          "GetLog",
          Initiator.CSMS,
          GetLogRequest.class,
          GetLogResponse.class,
          GetLogRequest.CODEC,
          GetLogResponse.CODEC);

  /** {@code GetMonitoringReport}, sent by the CSMS. */
  public static final ActionType<GetMonitoringReportRequest, GetMonitoringReportResponse>
      GET_MONITORING_REPORT =
          new ActionType<>(
              OcppVersion.V201,
              "GetMonitoringReport",
              Initiator.CSMS,
              GetMonitoringReportRequest.class,
              GetMonitoringReportResponse.class,
              GetMonitoringReportRequest.CODEC,
              GetMonitoringReportResponse.CODEC);

  /** {@code GetReport}, sent by the CSMS. */
  public static final ActionType<GetReportRequest, GetReportResponse> GET_REPORT =
      new ActionType<>(
          OcppVersion.V201,
          "GetReport",
          Initiator.CSMS,
          GetReportRequest.class,
          GetReportResponse.class,
          GetReportRequest.CODEC,
          GetReportResponse.CODEC);

  /** {@code GetTransactionStatus}, sent by the CSMS. */
  public static final ActionType<GetTransactionStatusRequest, GetTransactionStatusResponse>
      GET_TRANSACTION_STATUS =
          new ActionType<>(
              OcppVersion.V201,
              "GetTransactionStatus",
              Initiator.CSMS,
              GetTransactionStatusRequest.class,
              GetTransactionStatusResponse.class,
              GetTransactionStatusRequest.CODEC,
              GetTransactionStatusResponse.CODEC);

  /** {@code GetVariables}, sent by the CSMS. */
  public static final ActionType<GetVariablesRequest, GetVariablesResponse> GET_VARIABLES =
      new ActionType<>(
          OcppVersion.V201,
          "GetVariables",
          Initiator.CSMS,
          GetVariablesRequest.class,
          GetVariablesResponse.class,
          GetVariablesRequest.CODEC,
          GetVariablesResponse.CODEC);

  /** {@code Heartbeat}, sent by the charging station. */
  public static final ActionType<HeartbeatRequest, HeartbeatResponse> HEARTBEAT =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
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
              OcppVersion.V201,
              "LogStatusNotification",
              Initiator.CHARGING_STATION,
              LogStatusNotificationRequest.class,
              LogStatusNotificationResponse.class,
              LogStatusNotificationRequest.CODEC,
              LogStatusNotificationResponse.CODEC);

  /** {@code MeterValues}, sent by the charging station. */
  public static final ActionType<MeterValuesRequest, MeterValuesResponse> METER_VALUES =
      new ActionType<>(
          OcppVersion.V201,
          "MeterValues",
          Initiator.CHARGING_STATION,
          MeterValuesRequest.class,
          MeterValuesResponse.class,
          MeterValuesRequest.CODEC,
          MeterValuesResponse.CODEC);

  /** {@code NotifyChargingLimit}, sent by the charging station. */
  public static final ActionType<NotifyChargingLimitRequest, NotifyChargingLimitResponse>
      NOTIFY_CHARGING_LIMIT =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyChargingLimit",
              Initiator.CHARGING_STATION,
              NotifyChargingLimitRequest.class,
              NotifyChargingLimitResponse.class,
              NotifyChargingLimitRequest.CODEC,
              NotifyChargingLimitResponse.CODEC);

  /** {@code NotifyCustomerInformation}, sent by the charging station. */
  public static final ActionType<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse>
      NOTIFY_CUSTOMER_INFORMATION =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyCustomerInformation",
              Initiator.CHARGING_STATION,
              NotifyCustomerInformationRequest.class,
              NotifyCustomerInformationResponse.class,
              NotifyCustomerInformationRequest.CODEC,
              NotifyCustomerInformationResponse.CODEC);

  /** {@code NotifyDisplayMessages}, sent by the charging station. */
  public static final ActionType<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse>
      NOTIFY_DISPLAY_MESSAGES =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyDisplayMessages",
              Initiator.CHARGING_STATION,
              NotifyDisplayMessagesRequest.class,
              NotifyDisplayMessagesResponse.class,
              NotifyDisplayMessagesRequest.CODEC,
              NotifyDisplayMessagesResponse.CODEC);

  /** {@code NotifyEVChargingNeeds}, sent by the charging station. */
  public static final ActionType<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse>
      NOTIFY_EV_CHARGING_NEEDS =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyEVChargingNeeds",
              Initiator.CHARGING_STATION,
              NotifyEVChargingNeedsRequest.class,
              NotifyEVChargingNeedsResponse.class,
              NotifyEVChargingNeedsRequest.CODEC,
              NotifyEVChargingNeedsResponse.CODEC);

  /** {@code NotifyEVChargingSchedule}, sent by the charging station. */
  public static final ActionType<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse>
      NOTIFY_EV_CHARGING_SCHEDULE =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyEVChargingSchedule",
              Initiator.CHARGING_STATION,
              NotifyEVChargingScheduleRequest.class,
              NotifyEVChargingScheduleResponse.class,
              NotifyEVChargingScheduleRequest.CODEC,
              NotifyEVChargingScheduleResponse.CODEC);

  /** {@code NotifyEvent}, sent by the charging station. */
  public static final ActionType<NotifyEventRequest, NotifyEventResponse> NOTIFY_EVENT =
      new ActionType<>(
          OcppVersion.V201,
          "NotifyEvent",
          Initiator.CHARGING_STATION,
          NotifyEventRequest.class,
          NotifyEventResponse.class,
          NotifyEventRequest.CODEC,
          NotifyEventResponse.CODEC);

  /** {@code NotifyMonitoringReport}, sent by the charging station. */
  public static final ActionType<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse>
      NOTIFY_MONITORING_REPORT =
          new ActionType<>(
              OcppVersion.V201,
              "NotifyMonitoringReport",
              Initiator.CHARGING_STATION,
              NotifyMonitoringReportRequest.class,
              NotifyMonitoringReportResponse.class,
              NotifyMonitoringReportRequest.CODEC,
              NotifyMonitoringReportResponse.CODEC);

  /** {@code NotifyReport}, sent by the charging station. */
  public static final ActionType<NotifyReportRequest, NotifyReportResponse> NOTIFY_REPORT =
      new ActionType<>(
          OcppVersion.V201,
          "NotifyReport",
          Initiator.CHARGING_STATION,
          NotifyReportRequest.class,
          NotifyReportResponse.class,
          NotifyReportRequest.CODEC,
          NotifyReportResponse.CODEC);

  /** {@code PublishFirmware}, sent by the CSMS. */
  public static final ActionType<PublishFirmwareRequest, PublishFirmwareResponse> PUBLISH_FIRMWARE =
      new ActionType<>(
          OcppVersion.V201,
          "PublishFirmware",
          Initiator.CSMS,
          PublishFirmwareRequest.class,
          PublishFirmwareResponse.class,
          PublishFirmwareRequest.CODEC,
          PublishFirmwareResponse.CODEC);

  /** {@code PublishFirmwareStatusNotification}, sent by the charging station. */
  public static final ActionType<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse>
      PUBLISH_FIRMWARE_STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V201,
              "PublishFirmwareStatusNotification",
              Initiator.CHARGING_STATION,
              PublishFirmwareStatusNotificationRequest.class,
              PublishFirmwareStatusNotificationResponse.class,
              PublishFirmwareStatusNotificationRequest.CODEC,
              PublishFirmwareStatusNotificationResponse.CODEC);

  /** {@code ReportChargingProfiles}, sent by the charging station. */
  public static final ActionType<ReportChargingProfilesRequest, ReportChargingProfilesResponse>
      REPORT_CHARGING_PROFILES =
          new ActionType<>(
              OcppVersion.V201,
              "ReportChargingProfiles",
              Initiator.CHARGING_STATION,
              ReportChargingProfilesRequest.class,
              ReportChargingProfilesResponse.class,
              ReportChargingProfilesRequest.CODEC,
              ReportChargingProfilesResponse.CODEC);

  /** {@code RequestStartTransaction}, sent by the CSMS. */
  public static final ActionType<RequestStartTransactionRequest, RequestStartTransactionResponse>
      REQUEST_START_TRANSACTION =
          new ActionType<>(
              OcppVersion.V201,
              "RequestStartTransaction",
              Initiator.CSMS,
              RequestStartTransactionRequest.class,
              RequestStartTransactionResponse.class,
              RequestStartTransactionRequest.CODEC,
              RequestStartTransactionResponse.CODEC);

  /** {@code RequestStopTransaction}, sent by the CSMS. */
  public static final ActionType<RequestStopTransactionRequest, RequestStopTransactionResponse>
      REQUEST_STOP_TRANSACTION =
          new ActionType<>(
              OcppVersion.V201,
              "RequestStopTransaction",
              Initiator.CSMS,
              RequestStopTransactionRequest.class,
              RequestStopTransactionResponse.class,
              RequestStopTransactionRequest.CODEC,
              RequestStopTransactionResponse.CODEC);

  /** {@code ReservationStatusUpdate}, sent by the charging station. */
  public static final ActionType<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse>
      RESERVATION_STATUS_UPDATE =
          new ActionType<>(
              OcppVersion.V201,
              "ReservationStatusUpdate",
              Initiator.CHARGING_STATION,
              ReservationStatusUpdateRequest.class,
              ReservationStatusUpdateResponse.class,
              ReservationStatusUpdateRequest.CODEC,
              ReservationStatusUpdateResponse.CODEC);

  /** {@code ReserveNow}, sent by the CSMS. */
  public static final ActionType<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW =
      new ActionType<>(
          OcppVersion.V201,
          "ReserveNow",
          Initiator.CSMS,
          ReserveNowRequest.class,
          ReserveNowResponse.class,
          ReserveNowRequest.CODEC,
          ReserveNowResponse.CODEC);

  /** {@code Reset}, sent by the CSMS. */
  public static final ActionType<ResetRequest, ResetResponse> RESET =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
              "SecurityEventNotification",
              Initiator.CHARGING_STATION,
              SecurityEventNotificationRequest.class,
              SecurityEventNotificationResponse.class,
              SecurityEventNotificationRequest.CODEC,
              SecurityEventNotificationResponse.CODEC);

  /** {@code SendLocalList}, sent by the CSMS. */
  public static final ActionType<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
      new ActionType<>(
          OcppVersion.V201,
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
              OcppVersion.V201,
              "SetChargingProfile",
              Initiator.CSMS,
              SetChargingProfileRequest.class,
              SetChargingProfileResponse.class,
              SetChargingProfileRequest.CODEC,
              SetChargingProfileResponse.CODEC);

  /** {@code SetDisplayMessage}, sent by the CSMS. */
  public static final ActionType<SetDisplayMessageRequest, SetDisplayMessageResponse>
      SET_DISPLAY_MESSAGE =
          new ActionType<>(
              OcppVersion.V201,
              "SetDisplayMessage",
              Initiator.CSMS,
              SetDisplayMessageRequest.class,
              SetDisplayMessageResponse.class,
              SetDisplayMessageRequest.CODEC,
              SetDisplayMessageResponse.CODEC);

  /** {@code SetMonitoringBase}, sent by the CSMS. */
  public static final ActionType<SetMonitoringBaseRequest, SetMonitoringBaseResponse>
      SET_MONITORING_BASE =
          new ActionType<>(
              OcppVersion.V201,
              "SetMonitoringBase",
              Initiator.CSMS,
              SetMonitoringBaseRequest.class,
              SetMonitoringBaseResponse.class,
              SetMonitoringBaseRequest.CODEC,
              SetMonitoringBaseResponse.CODEC);

  /** {@code SetMonitoringLevel}, sent by the CSMS. */
  public static final ActionType<SetMonitoringLevelRequest, SetMonitoringLevelResponse>
      SET_MONITORING_LEVEL =
          new ActionType<>(
              OcppVersion.V201,
              "SetMonitoringLevel",
              Initiator.CSMS,
              SetMonitoringLevelRequest.class,
              SetMonitoringLevelResponse.class,
              SetMonitoringLevelRequest.CODEC,
              SetMonitoringLevelResponse.CODEC);

  /** {@code SetNetworkProfile}, sent by the CSMS. */
  public static final ActionType<SetNetworkProfileRequest, SetNetworkProfileResponse>
      SET_NETWORK_PROFILE =
          new ActionType<>(
              OcppVersion.V201,
              "SetNetworkProfile",
              Initiator.CSMS,
              SetNetworkProfileRequest.class,
              SetNetworkProfileResponse.class,
              SetNetworkProfileRequest.CODEC,
              SetNetworkProfileResponse.CODEC);

  /** {@code SetVariableMonitoring}, sent by the CSMS. */
  public static final ActionType<SetVariableMonitoringRequest, SetVariableMonitoringResponse>
      SET_VARIABLE_MONITORING =
          new ActionType<>(
              OcppVersion.V201,
              "SetVariableMonitoring",
              Initiator.CSMS,
              SetVariableMonitoringRequest.class,
              SetVariableMonitoringResponse.class,
              SetVariableMonitoringRequest.CODEC,
              SetVariableMonitoringResponse.CODEC);

  /** {@code SetVariables}, sent by the CSMS. */
  public static final ActionType<SetVariablesRequest, SetVariablesResponse> SET_VARIABLES =
      new ActionType<>(
          OcppVersion.V201,
          "SetVariables",
          Initiator.CSMS,
          SetVariablesRequest.class,
          SetVariablesResponse.class,
          SetVariablesRequest.CODEC,
          SetVariablesResponse.CODEC);

  /** {@code SignCertificate}, sent by the charging station. */
  public static final ActionType<SignCertificateRequest, SignCertificateResponse> SIGN_CERTIFICATE =
      new ActionType<>(
          OcppVersion.V201,
          "SignCertificate",
          Initiator.CHARGING_STATION,
          SignCertificateRequest.class,
          SignCertificateResponse.class,
          SignCertificateRequest.CODEC,
          SignCertificateResponse.CODEC);

  /** {@code StatusNotification}, sent by the charging station. */
  public static final ActionType<StatusNotificationRequest, StatusNotificationResponse>
      STATUS_NOTIFICATION =
          new ActionType<>(
              OcppVersion.V201,
              "StatusNotification",
              Initiator.CHARGING_STATION,
              StatusNotificationRequest.class,
              StatusNotificationResponse.class,
              StatusNotificationRequest.CODEC,
              StatusNotificationResponse.CODEC);

  /** {@code TransactionEvent}, sent by the charging station. */
  public static final ActionType<TransactionEventRequest, TransactionEventResponse>
      TRANSACTION_EVENT =
          new ActionType<>(
              OcppVersion.V201,
              "TransactionEvent",
              Initiator.CHARGING_STATION,
              TransactionEventRequest.class,
              TransactionEventResponse.class,
              TransactionEventRequest.CODEC,
              TransactionEventResponse.CODEC);

  /** {@code TriggerMessage}, sent by the CSMS. */
  public static final ActionType<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
      new ActionType<>(
          OcppVersion.V201,
          "TriggerMessage",
          Initiator.CSMS,
          TriggerMessageRequest.class,
          TriggerMessageResponse.class,
          TriggerMessageRequest.CODEC,
          TriggerMessageResponse.CODEC);

  /** {@code UnlockConnector}, sent by the CSMS. */
  public static final ActionType<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
      new ActionType<>(
          OcppVersion.V201,
          "UnlockConnector",
          Initiator.CSMS,
          UnlockConnectorRequest.class,
          UnlockConnectorResponse.class,
          UnlockConnectorRequest.CODEC,
          UnlockConnectorResponse.CODEC);

  /** {@code UnpublishFirmware}, sent by the CSMS. */
  public static final ActionType<UnpublishFirmwareRequest, UnpublishFirmwareResponse>
      UNPUBLISH_FIRMWARE =
          new ActionType<>(
              OcppVersion.V201,
              "UnpublishFirmware",
              Initiator.CSMS,
              UnpublishFirmwareRequest.class,
              UnpublishFirmwareResponse.class,
              UnpublishFirmwareRequest.CODEC,
              UnpublishFirmwareResponse.CODEC);

  /** {@code UpdateFirmware}, sent by the CSMS. */
  public static final ActionType<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
      new ActionType<>(
          OcppVersion.V201,
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
          CLEAR_CACHE,
          CLEAR_CHARGING_PROFILE,
          CLEAR_DISPLAY_MESSAGE,
          CLEAR_VARIABLE_MONITORING,
          CLEARED_CHARGING_LIMIT,
          COST_UPDATED,
          CUSTOMER_INFORMATION,
          DATA_TRANSFER,
          DELETE_CERTIFICATE,
          FIRMWARE_STATUS_NOTIFICATION,
          GET15118EV_CERTIFICATE,
          GET_BASE_REPORT,
          GET_CERTIFICATE_STATUS,
          GET_CHARGING_PROFILES,
          GET_COMPOSITE_SCHEDULE,
          GET_DISPLAY_MESSAGES,
          GET_INSTALLED_CERTIFICATE_IDS,
          GET_LOCAL_LIST_VERSION,
          GET_LOG,
          GET_MONITORING_REPORT,
          GET_REPORT,
          GET_TRANSACTION_STATUS,
          GET_VARIABLES,
          HEARTBEAT,
          INSTALL_CERTIFICATE,
          LOG_STATUS_NOTIFICATION,
          METER_VALUES,
          NOTIFY_CHARGING_LIMIT,
          NOTIFY_CUSTOMER_INFORMATION,
          NOTIFY_DISPLAY_MESSAGES,
          NOTIFY_EV_CHARGING_NEEDS,
          NOTIFY_EV_CHARGING_SCHEDULE,
          NOTIFY_EVENT,
          NOTIFY_MONITORING_REPORT,
          NOTIFY_REPORT,
          PUBLISH_FIRMWARE,
          PUBLISH_FIRMWARE_STATUS_NOTIFICATION,
          REPORT_CHARGING_PROFILES,
          REQUEST_START_TRANSACTION,
          REQUEST_STOP_TRANSACTION,
          RESERVATION_STATUS_UPDATE,
          RESERVE_NOW,
          RESET,
          SECURITY_EVENT_NOTIFICATION,
          SEND_LOCAL_LIST,
          SET_CHARGING_PROFILE,
          SET_DISPLAY_MESSAGE,
          SET_MONITORING_BASE,
          SET_MONITORING_LEVEL,
          SET_NETWORK_PROFILE,
          SET_VARIABLE_MONITORING,
          SET_VARIABLES,
          SIGN_CERTIFICATE,
          STATUS_NOTIFICATION,
          TRANSACTION_EVENT,
          TRIGGER_MESSAGE,
          UNLOCK_CONNECTOR,
          UNPUBLISH_FIRMWARE,
          UPDATE_FIRMWARE);

  private static final Map<String, ActionType<?, ?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ActionType::name, Function.identity()));

  /** The catalog of OCPP 2.0.1. */
  public static final V201Actions CATALOG = new V201Actions();

  private V201Actions() {}

  @Override
  public OcppVersion version() {
    return OcppVersion.V201;
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
