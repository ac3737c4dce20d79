package org.evdepot.manage.connect.ocpp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.manage.core.api.ChargerCommand;
import org.evdepot.manage.core.api.ChargerCommands;
import org.evdepot.manage.core.api.ChargerNotConnectedException;
import org.evdepot.manage.core.api.CommandFailedException;
import org.evdepot.manage.core.api.CommandFailedException.Reason;
import org.evdepot.manage.core.api.CommandRequest;
import org.evdepot.manage.core.api.CommandResult;
import org.evdepot.manage.core.service.ChargingProfileService;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.CallTimeoutException;
import org.evdepot.ocpp.rpc.ConnectionClosedException;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.v16.AvailabilityType;
import org.evdepot.ocpp.v16.ChargingRateUnitType;
import org.evdepot.ocpp.v16.MessageTrigger;
import org.evdepot.ocpp.v16.ResetType;
import org.evdepot.ocpp.v201.AttributeEnum;
import org.evdepot.ocpp.v201.ChargingRateUnitEnum;
import org.evdepot.ocpp.v201.Component;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.GetVariableData;
import org.evdepot.ocpp.v201.IdToken;
import org.evdepot.ocpp.v201.IdTokenEnum;
import org.evdepot.ocpp.v201.LogEnum;
import org.evdepot.ocpp.v201.MessageTriggerEnum;
import org.evdepot.ocpp.v201.OperationalStatusEnum;
import org.evdepot.ocpp.v201.ReportBaseEnum;
import org.evdepot.ocpp.v201.ResetEnum;
import org.evdepot.ocpp.v201.SetVariableData;
import org.evdepot.ocpp.v201.Variable;

/**
 * {@link ChargerCommands} over OCPP: each command becomes the message of the charger's version (1.6
 * RemoteStartTransaction or 2.0.1 RequestStartTransaction, ...), is sent on the charger's session
 * and waits for the answer, which is returned whole as JSON with its {@code status}.
 *
 * <p>Reset types of both versions are accepted on both: {@code Hard} and {@code Immediate} mean the
 * same, as do {@code Soft} and {@code OnIdle}. Remote stop sends {@link
 * CommandRequest#chargerTransactionId()}, which the API fills from its own transaction id.
 *
 * <p>Charging profiles are recorded through {@link ChargingProfileService}: a SetChargingProfile
 * (and a remote start carrying a profile) is stored as SENT before it goes out, then ACCEPTED or
 * REJECTED by the charger's answer (a CALLERROR counts as REJECTED; without an answer it stays
 * SENT); an accepted ClearChargingProfile marks the matching profiles CLEARED.
 */
@Singleton
public class OcppChargerCommands implements ChargerCommands {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OcppConnectServer connect;
  private final ChargingProfileService profiles;
  private final int defaultTimeoutSeconds;
  private final AtomicInteger requestIds =
      new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 1_000_000));

  /**
   * @param connect the OCPP server holding the chargers' sessions
   * @param profiles where charging profiles sent and cleared are recorded
   * @param callTimeout how long a command waits for the answer unless the request asks for less
   */
  public OcppChargerCommands(
      OcppConnectServer connect,
      ChargingProfileService profiles,
      @Value("${evdepot.ocpp.call-timeout:30s}") Duration callTimeout) {
    this.connect = connect;
    this.profiles = profiles;
    this.defaultTimeoutSeconds = (int) Math.max(1, callTimeout.toSeconds());
  }

  @Override
  public CommandResult execute(String chargerId, ChargerCommand command, CommandRequest request) {
    OcppSession session =
        connect.session(chargerId).orElseThrow(() -> new ChargerNotConnectedException(chargerId));
    CommandRequest r = request == null ? CommandRequest.EMPTY : request;
    OcppRequest<?> message =
        session.version() == OcppVersion.V16 ? v16(command, r) : v201(command, r);
    int timeout = r.timeoutSeconds() == null ? defaultTimeoutSeconds : r.timeoutSeconds();
    Long profileRecord = recordProfileSent(chargerId, message);
    OcppResponse response;
    try {
      response = send(session, message, timeout);
    } catch (CommandFailedException e) {
      if (profileRecord != null && e.reason() == Reason.CALL_ERROR) {
        profiles.answered(profileRecord, ChargingProfileService.Status.REJECTED);
      }
      throw e;
    }
    Map<String, Object> body = toMap(response);
    Object status = body.get("status");
    boolean accepted = "Accepted".equals(status);
    if (profileRecord != null) {
      profiles.answered(
          profileRecord,
          accepted
              ? ChargingProfileService.Status.ACCEPTED
              : ChargingProfileService.Status.REJECTED);
    }
    if (accepted) {
      recordProfilesCleared(chargerId, message);
    }
    return new CommandResult(
        chargerId,
        command.urlName(),
        OcppConnectServer.versionName(session),
        status == null ? null : status.toString(),
        body);
  }

  private static <R extends OcppResponse> R send(
      OcppSession session, OcppRequest<R> message, int timeoutSeconds) {
    try {
      // The SDK's own timeout is the server-wide call timeout; the caller may ask for less.
      return session.call(message).toCompletableFuture().get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new CommandFailedException(
          Reason.TIMEOUT, null, "no answer from the charger within " + timeoutSeconds + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException(Reason.TIMEOUT, null, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CallErrorException) {
        CallErrorException ce = (CallErrorException) cause;
        throw new CommandFailedException(
            Reason.CALL_ERROR,
            null,
            "charger answered "
                + (ce.wireCode() != null ? ce.wireCode() : ce.code().name())
                + ": "
                + ce.description());
      }
      if (cause instanceof CallTimeoutException) {
        throw new CommandFailedException(Reason.TIMEOUT, null, cause.getMessage());
      }
      if (cause instanceof ConnectionClosedException) {
        throw new ChargerNotConnectedException(session.chargePointId());
      }
      if (cause instanceof IllegalArgumentException) {
        throw new CommandFailedException(Reason.INVALID_REQUEST, null, cause.getMessage());
      }
      throw new CommandFailedException(Reason.CALL_ERROR, null, String.valueOf(cause));
    }
  }

  // ------------------------------------------------------------------ OCPP 1.6

  private OcppRequest<?> v16(ChargerCommand command, CommandRequest r) {
    switch (command) {
      case REMOTE_START:
        return new org.evdepot.ocpp.v16.RemoteStartTransactionRequest(
            r.evseId(),
            required(r.idToken(), "idToken"),
            r.chargingProfile() == null
                ? null
                : parse(
                    org.evdepot.ocpp.v16.ChargingProfile.CODEC,
                    r.chargingProfile(),
                    "chargingProfile"));
      case REMOTE_STOP:
        return new org.evdepot.ocpp.v16.RemoteStopTransactionRequest(
            integer(chargerTransactionId(r), "transactionId"));
      case RESET:
        return new org.evdepot.ocpp.v16.ResetRequest(
            r.type() == null
                ? ResetType.SOFT
                : wireEnum(ResetType.class, resetType16(r.type()), "type"));
      case UNLOCK_CONNECTOR:
        return new org.evdepot.ocpp.v16.UnlockConnectorRequest(required(r.evseId(), "evseId"));
      case CHANGE_AVAILABILITY:
        return new org.evdepot.ocpp.v16.ChangeAvailabilityRequest(
            r.evseId() == null ? 0 : r.evseId(),
            wireEnum(AvailabilityType.class, required(r.type(), "type"), "type"));
      case GET_CONFIGURATION:
        return new org.evdepot.ocpp.v16.GetConfigurationRequest(
            r.keys() == null || r.keys().isEmpty() ? null : r.keys());
      case CHANGE_CONFIGURATION:
        {
          Map<String, String> values = required(r.values(), "values");
          if (values.size() != 1) {
            throw invalid(
                "values", "ChangeConfiguration sets exactly one key, got " + values.size());
          }
          Map.Entry<String, String> e = values.entrySet().iterator().next();
          return new org.evdepot.ocpp.v16.ChangeConfigurationRequest(e.getKey(), e.getValue());
        }
      case TRIGGER_MESSAGE:
        return new org.evdepot.ocpp.v16.TriggerMessageRequest(
            wireEnum(MessageTrigger.class, required(r.type(), "type"), "type"), r.evseId());
      case SET_CHARGING_PROFILE:
        return new org.evdepot.ocpp.v16.SetChargingProfileRequest(
            r.evseId() == null ? 0 : r.evseId(),
            parse(
                org.evdepot.ocpp.v16.ChargingProfile.CODEC,
                required(r.chargingProfile(), "chargingProfile"),
                "chargingProfile"));
      case CLEAR_CHARGING_PROFILE:
        return new org.evdepot.ocpp.v16.ClearChargingProfileRequest(
            r.profileId(), r.profileId() != null ? null : r.evseId(), null, null);
      case GET_COMPOSITE_SCHEDULE:
        return new org.evdepot.ocpp.v16.GetCompositeScheduleRequest(
            r.evseId() == null ? 0 : r.evseId(),
            required(r.durationSeconds(), "durationSeconds"),
            r.type() == null ? null : wireEnum(ChargingRateUnitType.class, r.type(), "type"));
      case UPDATE_FIRMWARE:
        return new org.evdepot.ocpp.v16.UpdateFirmwareRequest(
            required(r.location(), "location"),
            null,
            r.retrieveAt() == null ? Instant.now() : instant(r.retrieveAt(), "retrieveAt"),
            null);
      case GET_DIAGNOSTICS:
        return new org.evdepot.ocpp.v16.GetDiagnosticsRequest(
            required(r.location(), "location"), null, null, null, null);
      case DATA_TRANSFER:
        return new org.evdepot.ocpp.v16.DataTransferRequest(
            required(r.vendorId(), "vendorId"), r.messageId(), r.data());
      case GET_VARIABLES:
      case SET_VARIABLES:
      case GET_BASE_REPORT:
        throw invalid(
            "command", command.urlName() + " is an OCPP 2.0.1 command; this charger speaks 1.6");
      default:
        throw invalid("command", "unsupported command " + command.urlName());
    }
  }

  // ------------------------------------------------------------------ OCPP 2.0.1

  private OcppRequest<?> v201(ChargerCommand command, CommandRequest r) {
    switch (command) {
      case REMOTE_START:
        return org.evdepot.ocpp.v201.RequestStartTransactionRequest.builder()
            .evseId(r.evseId())
            .idToken(new IdToken(null, null, required(r.idToken(), "idToken"), IdTokenEnum.CENTRAL))
            .remoteStartId(requestIds.incrementAndGet())
            .chargingProfile(
                r.chargingProfile() == null
                    ? null
                    : parse(
                        org.evdepot.ocpp.v201.ChargingProfile.CODEC,
                        r.chargingProfile(),
                        "chargingProfile"))
            .build();
      case REMOTE_STOP:
        return new org.evdepot.ocpp.v201.RequestStopTransactionRequest(
            null, chargerTransactionId(r));
      case RESET:
        return new org.evdepot.ocpp.v201.ResetRequest(
            null,
            r.type() == null
                ? ResetEnum.ON_IDLE
                : wireEnum(ResetEnum.class, resetType201(r.type()), "type"),
            r.evseId());
      case UNLOCK_CONNECTOR:
        return new org.evdepot.ocpp.v201.UnlockConnectorRequest(
            null, required(r.evseId(), "evseId"), r.connectorId() == null ? 1 : r.connectorId());
      case CHANGE_AVAILABILITY:
        return new org.evdepot.ocpp.v201.ChangeAvailabilityRequest(
            null,
            r.evseId() == null || r.evseId() == 0
                ? null
                : new EVSE(null, r.evseId(), r.connectorId()),
            wireEnum(OperationalStatusEnum.class, required(r.type(), "type"), "type"));
      case GET_VARIABLES:
        {
          List<GetVariableData> data = new ArrayList<>();
          for (String key : required(r.keys(), "keys")) {
            String[] cv = componentVariable(key, "keys");
            data.add(
                new GetVariableData(
                    null,
                    AttributeEnum.ACTUAL,
                    new Component(null, null, cv[0], null),
                    new Variable(null, cv[1], null)));
          }
          return new org.evdepot.ocpp.v201.GetVariablesRequest(null, data);
        }
      case SET_VARIABLES:
        {
          List<SetVariableData> data = new ArrayList<>();
          for (Map.Entry<String, String> e : required(r.values(), "values").entrySet()) {
            String[] cv = componentVariable(e.getKey(), "values");
            data.add(
                new SetVariableData(
                    null,
                    AttributeEnum.ACTUAL,
                    e.getValue(),
                    new Component(null, null, cv[0], null),
                    new Variable(null, cv[1], null)));
          }
          return new org.evdepot.ocpp.v201.SetVariablesRequest(null, data);
        }
      case GET_BASE_REPORT:
        return new org.evdepot.ocpp.v201.GetBaseReportRequest(
            null,
            requestIds.incrementAndGet(),
            r.type() == null
                ? ReportBaseEnum.FULL_INVENTORY
                : wireEnum(ReportBaseEnum.class, r.type(), "type"));
      case TRIGGER_MESSAGE:
        return new org.evdepot.ocpp.v201.TriggerMessageRequest(
            null,
            r.evseId() == null ? null : new EVSE(null, r.evseId(), r.connectorId()),
            wireEnum(MessageTriggerEnum.class, required(r.type(), "type"), "type"));
      case SET_CHARGING_PROFILE:
        return new org.evdepot.ocpp.v201.SetChargingProfileRequest(
            null,
            r.evseId() == null ? 0 : r.evseId(),
            parse(
                org.evdepot.ocpp.v201.ChargingProfile.CODEC,
                required(r.chargingProfile(), "chargingProfile"),
                "chargingProfile"));
      case CLEAR_CHARGING_PROFILE:
        return new org.evdepot.ocpp.v201.ClearChargingProfileRequest(
            null,
            r.profileId(),
            r.evseId() == null || r.profileId() != null
                ? null
                : new org.evdepot.ocpp.v201.ClearChargingProfile(null, r.evseId(), null, null));
      case GET_COMPOSITE_SCHEDULE:
        return new org.evdepot.ocpp.v201.GetCompositeScheduleRequest(
            null,
            required(r.durationSeconds(), "durationSeconds"),
            r.type() == null ? null : wireEnum(ChargingRateUnitEnum.class, r.type(), "type"),
            r.evseId() == null ? 0 : r.evseId());
      case UPDATE_FIRMWARE:
        return new org.evdepot.ocpp.v201.UpdateFirmwareRequest(
            null,
            null,
            null,
            requestIds.incrementAndGet(),
            new org.evdepot.ocpp.v201.Firmware(
                null,
                required(r.location(), "location"),
                r.retrieveAt() == null ? Instant.now() : instant(r.retrieveAt(), "retrieveAt"),
                null,
                null,
                null));
      case GET_DIAGNOSTICS:
        return new org.evdepot.ocpp.v201.GetLogRequest(
            null,
            new org.evdepot.ocpp.v201.LogParameters(
                null, required(r.location(), "location"), null, null),
            LogEnum.DIAGNOSTICS_LOG,
            requestIds.incrementAndGet(),
            null,
            null);
      case DATA_TRANSFER:
        return new org.evdepot.ocpp.v201.DataTransferRequest(
            null,
            r.messageId(),
            r.data() == null ? null : MAPPER.getNodeFactory().textNode(r.data()),
            required(r.vendorId(), "vendorId"));
      case GET_CONFIGURATION:
      case CHANGE_CONFIGURATION:
        throw invalid(
            "command",
            command.urlName()
                + " is an OCPP 1.6 command; use get-variables/set-variables for 2.0.1");
      default:
        throw invalid("command", "unsupported command " + command.urlName());
    }
  }

  // ------------------------------------------------------------------ charging profiles

  /** Records a profile about to be sent; returns the record id, or null when none is sent. */
  private Long recordProfileSent(String chargerId, OcppRequest<?> message) {
    if (message instanceof org.evdepot.ocpp.v16.SetChargingProfileRequest m) {
      return sent16(chargerId, m.connectorId(), m.csChargingProfiles());
    }
    if (message instanceof org.evdepot.ocpp.v16.RemoteStartTransactionRequest m
        && m.chargingProfile() != null) {
      return sent16(chargerId, m.connectorId() == null ? 0 : m.connectorId(), m.chargingProfile());
    }
    if (message instanceof org.evdepot.ocpp.v201.SetChargingProfileRequest m) {
      return sent201(chargerId, m.evseId(), m.chargingProfile());
    }
    if (message instanceof org.evdepot.ocpp.v201.RequestStartTransactionRequest m
        && m.chargingProfile() != null) {
      return sent201(chargerId, m.evseId() == null ? 0 : m.evseId(), m.chargingProfile());
    }
    return null;
  }

  private long sent16(String chargerId, int evseId, org.evdepot.ocpp.v16.ChargingProfile p) {
    return profiles.sent(
        chargerId,
        evseId,
        p.chargingProfileId(),
        p.stackLevel(),
        p.chargingProfilePurpose().wireValue(),
        OcppJson.write(org.evdepot.ocpp.v16.ChargingProfile.CODEC, p));
  }

  private long sent201(String chargerId, int evseId, org.evdepot.ocpp.v201.ChargingProfile p) {
    return profiles.sent(
        chargerId,
        evseId,
        p.id(),
        p.stackLevel(),
        p.chargingProfilePurpose().wireValue(),
        OcppJson.write(org.evdepot.ocpp.v201.ChargingProfile.CODEC, p));
  }

  /** After an accepted ClearChargingProfile, marks the profiles it matched CLEARED. */
  private void recordProfilesCleared(String chargerId, OcppRequest<?> message) {
    if (message instanceof org.evdepot.ocpp.v16.ClearChargingProfileRequest m) {
      profiles.cleared(
          chargerId,
          m.id(),
          m.connectorId(),
          m.chargingProfilePurpose() == null ? null : m.chargingProfilePurpose().wireValue(),
          m.stackLevel());
    } else if (message instanceof org.evdepot.ocpp.v201.ClearChargingProfileRequest m) {
      org.evdepot.ocpp.v201.ClearChargingProfile criteria = m.chargingProfileCriteria();
      profiles.cleared(
          chargerId,
          m.chargingProfileId(),
          criteria == null ? null : criteria.evseId(),
          criteria == null || criteria.chargingProfilePurpose() == null
              ? null
              : criteria.chargingProfilePurpose().wireValue(),
          criteria == null ? null : criteria.stackLevel());
    }
  }

  // ------------------------------------------------------------------ helpers

  /** 1.6 reset type; the 2.0.1 names are accepted too (Immediate = Hard, OnIdle = Soft). */
  private static String resetType16(String type) {
    if (type.equalsIgnoreCase("Immediate")) {
      return "Hard";
    }
    return type.equalsIgnoreCase("OnIdle") ? "Soft" : type;
  }

  /** 2.0.1 reset type; the 1.6 names are accepted too (Hard = Immediate, Soft = OnIdle). */
  private static String resetType201(String type) {
    if (type.equalsIgnoreCase("Hard")) {
      return "Immediate";
    }
    return type.equalsIgnoreCase("Soft") ? "OnIdle" : type;
  }

  /** The charger's own transaction id: resolved by the API, or given as such. */
  private static String chargerTransactionId(CommandRequest r) {
    if (r.chargerTransactionId() != null) {
      return r.chargerTransactionId();
    }
    return required(r.transactionId(), "transactionId");
  }

  private static String[] componentVariable(String key, String field) {
    int slash = key.indexOf('/');
    if (slash <= 0 || slash == key.length() - 1) {
      throw invalid(field, "'" + key + "' is not of the form Component/Variable");
    }
    return new String[] {key.substring(0, slash), key.substring(slash + 1)};
  }

  private static <T> T parse(MessageCodec<T> codec, Map<String, Object> json, String field) {
    try {
      return OcppJson.read(codec, MAPPER.writeValueAsString(json), DecodeContext.strict());
    } catch (OcppDecodeException e) {
      throw invalid(
          e.violation().path().isEmpty() ? field : field + "." + e.violation().path(),
          e.violation().message());
    } catch (IOException | RuntimeException e) {
      throw invalid(field, "not a valid charging profile: " + e.getMessage());
    }
  }

  private static <E extends Enum<E> & WireEnum> E wireEnum(
      Class<E> type, String value, String field) {
    for (E e : type.getEnumConstants()) {
      if (e.wireValue().equals(value) || e.wireValue().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.wireValue());
    }
    throw invalid(field, "'" + value + "' is not one of " + allowed);
  }

  private static Instant instant(String value, String field) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(field, "not an ISO-8601 instant: " + value);
    }
  }

  private static int integer(String value, String field) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw invalid(field, "a 1.6 transaction id is an integer, got '" + value + "'");
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw invalid(field, field + " is required for this command");
    }
    return value;
  }

  private static CommandFailedException invalid(String field, String message) {
    return new CommandFailedException(Reason.INVALID_REQUEST, field, message);
  }

  private static Map<String, Object> toMap(OcppResponse response) {
    try {
      return MAPPER.readValue(
          OcppJson.toJson(Objects.requireNonNull(response)),
          new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new IllegalStateException("cannot render response", e);
    }
  }
}
