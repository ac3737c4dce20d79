package org.evdepot.ocpp.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A rule of the OCPP specification that the peer of a mock broke. The mock still answers (so the
 * peer under test goes on), and records the violation for the test to assert on.
 *
 * @param chargePointId the connection's charge point id
 * @param rule which rule, e.g. {@link #MESSAGE_BEFORE_BOOT_ACCEPTED}
 * @param action the action of the offending message, or null for a frame without one
 * @param messageId the offending message id, or null
 * @param description what was wrong, naming the values
 * @param at when it was detected (the mock's clock)
 */
public record RuleViolation(
    String chargePointId,
    String rule,
    String action,
    String messageId,
    String description,
    Instant at) {

  /**
   * A CALL other than BootNotification before the CSMS accepted the BootNotification and not
   * requested by a TriggerMessage (1.6 section 4.2; 2.0.1 B02.FR.02, B03.FR.02).
   */
  public static final String MESSAGE_BEFORE_BOOT_ACCEPTED = "MessageBeforeBootAccepted";

  /** A BootNotification sooner than the {@code interval} of a Pending or Rejected response. */
  public static final String BOOT_RETRY_TOO_EARLY = "BootRetryTooEarly";

  /** 1.6: a StopTransaction or MeterValues for a transaction id the CSMS never assigned. */
  public static final String UNKNOWN_TRANSACTION = "UnknownTransaction";

  /** 1.6: a StopTransaction or MeterValues for a transaction already stopped. */
  public static final String TRANSACTION_ALREADY_STOPPED = "TransactionAlreadyStopped";

  /** 2.0.1: an Updated or Ended TransactionEvent for a transaction without a Started event. */
  public static final String TRANSACTION_NOT_STARTED = "TransactionNotStarted";

  /** 2.0.1: a second Started TransactionEvent for the same transaction. */
  public static final String TRANSACTION_ALREADY_STARTED = "TransactionAlreadyStarted";

  /** 2.0.1: a TransactionEvent after the Ended event of its transaction. */
  public static final String EVENT_AFTER_ENDED = "EventAfterEnded";

  /** 2.0.1: a TransactionEvent whose {@code seqNo} is not greater than the previous one. */
  public static final String SEQ_NO_NOT_INCREASING = "SeqNoNotIncreasing";

  /**
   * A CALL the mock had to reject with a CALLERROR it was not scripted to send: unknown action,
   * schema violation, malformed frame.
   */
  public static final String INVALID_CALL = "InvalidCall";

  /** A CALLRESULT or CALLERROR for a message id the mock never sent (or already had answered). */
  public static final String UNEXPECTED_RESPONSE = "UnexpectedResponse";

  /** Validates the values. */
  public RuleViolation {
    Objects.requireNonNull(chargePointId, "chargePointId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(at, "at");
  }

  @Override
  public String toString() {
    return rule + " [" + chargePointId + (action == null ? "" : " " + action) + "]: " + description;
  }
}
