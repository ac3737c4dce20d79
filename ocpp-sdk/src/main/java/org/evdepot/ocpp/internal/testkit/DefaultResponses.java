package org.evdepot.ocpp.internal.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;

/**
 * The answers of an unscripted mock: a few actions get answers with meaning (registration accepted
 * with the heartbeat interval, the current time, a new transaction id, the configuration the mock
 * station holds), every other action the smallest valid response, synthesised from its record.
 */
public final class DefaultResponses {
  private final Clock clock;
  private final PayloadSynthesizer synth;
  private final int heartbeatInterval;
  private final AtomicInteger nextTransactionId = new AtomicInteger();

  /**
   * Defaults judged with {@code clock}.
   *
   * @param heartbeatInterval the interval of an Accepted BootNotification response, in seconds
   */
  public DefaultResponses(Clock clock, int heartbeatInterval) {
    this.clock = clock;
    this.synth = new PayloadSynthesizer(clock);
    this.heartbeatInterval = heartbeatInterval;
  }

  /** The synthesiser behind the generic defaults. */
  public PayloadSynthesizer synthesizer() {
    return synth;
  }

  /** The default answer of a CSMS to a station-initiated {@code request}. */
  public OcppResponse csms(ActionType<?, ?> action, OcppRequest<?> request) {
    if (request instanceof org.evdepot.ocpp.v16.BootNotificationRequest) {
      return new org.evdepot.ocpp.v16.BootNotificationResponse(
          org.evdepot.ocpp.v16.RegistrationStatus.ACCEPTED, now(), heartbeatInterval);
    }
    if (request instanceof org.evdepot.ocpp.v201.BootNotificationRequest) {
      return new org.evdepot.ocpp.v201.BootNotificationResponse(
          null,
          now(),
          heartbeatInterval,
          org.evdepot.ocpp.v201.RegistrationStatusEnum.ACCEPTED,
          null);
    }
    if (request instanceof org.evdepot.ocpp.v16.HeartbeatRequest) {
      return new org.evdepot.ocpp.v16.HeartbeatResponse(now());
    }
    if (request instanceof org.evdepot.ocpp.v201.HeartbeatRequest) {
      return new org.evdepot.ocpp.v201.HeartbeatResponse(null, now());
    }
    if (request instanceof org.evdepot.ocpp.v16.StartTransactionRequest) {
      return new org.evdepot.ocpp.v16.StartTransactionResponse(
          new org.evdepot.ocpp.v16.IdTagInfo(
              null, null, org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED),
          nextTransactionId.incrementAndGet());
    }
    if (request instanceof org.evdepot.ocpp.v16.StopTransactionRequest) {
      org.evdepot.ocpp.v16.StopTransactionRequest stop =
          (org.evdepot.ocpp.v16.StopTransactionRequest) request;
      return new org.evdepot.ocpp.v16.StopTransactionResponse(
          stop.idTag() == null
              ? null
              : new org.evdepot.ocpp.v16.IdTagInfo(
                  null, null, org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED));
    }
    if (request instanceof org.evdepot.ocpp.v201.TransactionEventRequest) {
      // 2.0.1 E01.FR.xx: idTokenInfo is present when the event carried an idToken.
      boolean hasToken =
          ((org.evdepot.ocpp.v201.TransactionEventRequest) request).idToken() != null;
      return new org.evdepot.ocpp.v201.TransactionEventResponse(
          null,
          null,
          null,
          hasToken ? synth.synthesize(org.evdepot.ocpp.v201.IdTokenInfo.class) : null,
          null);
    }
    return synth.synthesize(action.responseType());
  }

  /**
   * The default answer of a charging station to a CSMS-initiated {@code request}, reading and
   * updating {@code configuration} (1.6 keys; 2.0.1 {@code Component/Variable} names).
   */
  public OcppResponse station(
      ActionType<?, ?> action, OcppRequest<?> request, Map<String, String> configuration) {
    if (request instanceof org.evdepot.ocpp.v16.GetConfigurationRequest) {
      List<String> keys = ((org.evdepot.ocpp.v16.GetConfigurationRequest) request).key();
      List<org.evdepot.ocpp.v16.KeyValue> known = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (String k : keys == null ? new ArrayList<>(configuration.keySet()) : keys) {
        String value = configuration.get(k);
        if (value == null) {
          unknown.add(k);
        } else {
          known.add(new org.evdepot.ocpp.v16.KeyValue(k, false, value));
        }
      }
      return new org.evdepot.ocpp.v16.GetConfigurationResponse(
          known.isEmpty() ? null : known, unknown.isEmpty() ? null : unknown);
    }
    if (request instanceof org.evdepot.ocpp.v16.ChangeConfigurationRequest) {
      org.evdepot.ocpp.v16.ChangeConfigurationRequest c =
          (org.evdepot.ocpp.v16.ChangeConfigurationRequest) request;
      configuration.put(c.key(), c.value());
      return new org.evdepot.ocpp.v16.ChangeConfigurationResponse(
          org.evdepot.ocpp.v16.ConfigurationStatus.ACCEPTED);
    }
    if (request instanceof org.evdepot.ocpp.v201.GetVariablesRequest) {
      List<org.evdepot.ocpp.v201.GetVariableResult> results = new ArrayList<>();
      for (org.evdepot.ocpp.v201.GetVariableData d :
          ((org.evdepot.ocpp.v201.GetVariablesRequest) request).getVariableData()) {
        String value = configuration.get(key(d.component(), d.variable()));
        results.add(
            new org.evdepot.ocpp.v201.GetVariableResult(
                null,
                null,
                value == null
                    ? org.evdepot.ocpp.v201.GetVariableStatusEnum.UNKNOWN_VARIABLE
                    : org.evdepot.ocpp.v201.GetVariableStatusEnum.ACCEPTED,
                d.attributeType(),
                value,
                d.component(),
                d.variable()));
      }
      return new org.evdepot.ocpp.v201.GetVariablesResponse(null, results);
    }
    if (request instanceof org.evdepot.ocpp.v201.SetVariablesRequest) {
      List<org.evdepot.ocpp.v201.SetVariableResult> results = new ArrayList<>();
      for (org.evdepot.ocpp.v201.SetVariableData d :
          ((org.evdepot.ocpp.v201.SetVariablesRequest) request).setVariableData()) {
        configuration.put(key(d.component(), d.variable()), d.attributeValue());
        results.add(
            new org.evdepot.ocpp.v201.SetVariableResult(
                null,
                d.attributeType(),
                org.evdepot.ocpp.v201.SetVariableStatusEnum.ACCEPTED,
                null,
                d.component(),
                d.variable()));
      }
      return new org.evdepot.ocpp.v201.SetVariablesResponse(null, results);
    }
    return synth.synthesize(action.responseType());
  }

  /** The configuration key of a 2.0.1 variable: {@code Component/Variable}. */
  public static String key(
      org.evdepot.ocpp.v201.Component component, org.evdepot.ocpp.v201.Variable variable) {
    return component.name() + "/" + variable.name();
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
