package org.evdepot.ocpp.internal.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.testkit.RuleViolation;

/**
 * The rules a mock CSMS checks on what a charging station sends, with the per-station state they
 * need (registration status, transactions). The state is kept per charge point id for the life of
 * the mock, so a station that reconnects without rebooting is still registered. Thread-safe.
 */
public final class SpecRules {
  private final Clock clock;
  private final Map<String, StationState> stations = new HashMap<>();

  /** Rules judged with {@code clock}. */
  public SpecRules(Clock clock) {
    this.clock = clock;
  }

  private static final class StationState {
    String bootStatus; // null until the first BootNotification was answered
    Instant nextBootAllowed = Instant.MIN;
    final Set<String> triggered = new HashSet<>();
    final Set<Integer> openTransactions16 = new HashSet<>();
    final Set<Integer> stoppedTransactions16 = new HashSet<>();
    final Map<String, Integer> lastSeqNo201 = new HashMap<>();
    final Set<String> ended201 = new HashSet<>();
  }

  private StationState state(String cp) {
    return stations.computeIfAbsent(cp, k -> new StationState());
  }

  /** The CSMS sent a TriggerMessage asking for {@code action}: one such CALL is allowed early. */
  public synchronized void triggered(String cp, String action) {
    state(cp).triggered.add(action);
  }

  /** Whether the station's BootNotification was accepted. */
  public synchronized boolean accepted(String cp) {
    return "Accepted".equals(state(cp).bootStatus);
  }

  /** Checks a received CALL before it is answered; returns the violations found. */
  public synchronized List<RuleViolation> check(
      String cp, String action, String messageId, OcppRequest<?> request) {
    List<RuleViolation> out = new ArrayList<>();
    StationState s = state(cp);
    Instant now = clock.instant();
    if ("BootNotification".equals(action)) {
      if (s.bootStatus != null
          && !"Accepted".equals(s.bootStatus)
          && now.isBefore(s.nextBootAllowed)) {
        out.add(
            v(
                cp,
                RuleViolation.BOOT_RETRY_TOO_EARLY,
                action,
                messageId,
                "BootNotification at "
                    + now
                    + " before the interval of the "
                    + s.bootStatus
                    + " response ended at "
                    + s.nextBootAllowed));
      }
      s.triggered.remove(action);
      return out;
    }
    if (!"Accepted".equals(s.bootStatus) && !s.triggered.remove(action)) {
      out.add(
          v(
              cp,
              RuleViolation.MESSAGE_BEFORE_BOOT_ACCEPTED,
              action,
              messageId,
              action
                  + " sent while the registration is "
                  + (s.bootStatus == null ? "unknown (no BootNotification yet)" : s.bootStatus)));
    }
    if (request instanceof org.evdepot.ocpp.v16.StopTransactionRequest) {
      int tx = ((org.evdepot.ocpp.v16.StopTransactionRequest) request).transactionId();
      check16Transaction(cp, s, action, messageId, tx, out);
      s.openTransactions16.remove(tx);
      if (!s.stoppedTransactions16.contains(tx)) {
        s.stoppedTransactions16.add(tx);
      }
    } else if (request instanceof org.evdepot.ocpp.v16.MeterValuesRequest) {
      Integer tx = ((org.evdepot.ocpp.v16.MeterValuesRequest) request).transactionId();
      if (tx != null) {
        check16Transaction(cp, s, action, messageId, tx, out);
      }
    } else if (request instanceof org.evdepot.ocpp.v201.TransactionEventRequest) {
      check201(cp, s, messageId, (org.evdepot.ocpp.v201.TransactionEventRequest) request, out);
    }
    return out;
  }

  private void check16Transaction(
      String cp, StationState s, String action, String messageId, int tx, List<RuleViolation> out) {
    if (s.stoppedTransactions16.contains(tx)) {
      out.add(
          v(
              cp,
              RuleViolation.TRANSACTION_ALREADY_STOPPED,
              action,
              messageId,
              action + " for transaction " + tx + ", which was already stopped"));
    } else if (!s.openTransactions16.contains(tx)) {
      out.add(
          v(
              cp,
              RuleViolation.UNKNOWN_TRANSACTION,
              action,
              messageId,
              action + " for transaction " + tx + ", which this CSMS never assigned"));
    }
  }

  private void check201(
      String cp,
      StationState s,
      String messageId,
      org.evdepot.ocpp.v201.TransactionEventRequest r,
      List<RuleViolation> out) {
    String tx = r.transactionInfo().transactionId();
    String type = r.eventType().wireValue();
    Integer last = s.lastSeqNo201.get(tx);
    String action = "TransactionEvent";
    if ("Started".equals(type)) {
      if (last != null) {
        out.add(
            v(
                cp,
                RuleViolation.TRANSACTION_ALREADY_STARTED,
                action,
                messageId,
                "second Started event for transaction " + tx));
      }
    } else if (last == null) {
      out.add(
          v(
              cp,
              RuleViolation.TRANSACTION_NOT_STARTED,
              action,
              messageId,
              type + " event for transaction " + tx + " without a Started event"));
    }
    if (s.ended201.contains(tx)) {
      out.add(
          v(
              cp,
              RuleViolation.EVENT_AFTER_ENDED,
              action,
              messageId,
              type + " event for transaction " + tx + " after its Ended event"));
    }
    if (last != null && r.seqNo() <= last) {
      out.add(
          v(
              cp,
              RuleViolation.SEQ_NO_NOT_INCREASING,
              action,
              messageId,
              "seqNo " + r.seqNo() + " of transaction " + tx + " after seqNo " + last));
    }
    s.lastSeqNo201.put(tx, last == null ? r.seqNo() : Math.max(last, r.seqNo()));
    if ("Ended".equals(type)) {
      s.ended201.add(tx);
    }
  }

  /** Updates the state from the response the mock is about to send. */
  public synchronized void answered(String cp, OcppRequest<?> request, OcppResponse response) {
    StationState s = state(cp);
    if (response instanceof org.evdepot.ocpp.v16.BootNotificationResponse) {
      org.evdepot.ocpp.v16.BootNotificationResponse b =
          (org.evdepot.ocpp.v16.BootNotificationResponse) response;
      boot(s, b.status().wireValue(), b.interval());
    } else if (response instanceof org.evdepot.ocpp.v201.BootNotificationResponse) {
      org.evdepot.ocpp.v201.BootNotificationResponse b =
          (org.evdepot.ocpp.v201.BootNotificationResponse) response;
      boot(s, b.status().wireValue(), b.interval());
    } else if (response instanceof org.evdepot.ocpp.v16.StartTransactionResponse) {
      int tx = ((org.evdepot.ocpp.v16.StartTransactionResponse) response).transactionId();
      s.openTransactions16.add(tx);
      s.stoppedTransactions16.remove(tx);
    }
  }

  private void boot(StationState s, String status, int interval) {
    s.bootStatus = status;
    s.nextBootAllowed =
        "Accepted".equals(status) ? Instant.MIN : clock.instant().plusSeconds(interval);
  }

  private RuleViolation v(String cp, String rule, String action, String id, String text) {
    return new RuleViolation(cp, rule, action, id, text, clock.instant());
  }
}
