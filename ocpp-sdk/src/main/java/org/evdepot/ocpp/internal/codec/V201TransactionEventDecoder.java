package org.evdepot.ocpp.internal.codec;

import java.time.Instant;
import java.util.List;
import org.evdepot.ocpp.internal.codec.JsonScan.Lit;
import org.evdepot.ocpp.v201.ChargingStateEnum;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.MeterValue;
import org.evdepot.ocpp.v201.ReasonEnum;
import org.evdepot.ocpp.v201.Transaction;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.evdepot.ocpp.v201.TriggerReasonEnum;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * Fast decoder of the OCPP 2.0.1 {@code TransactionEventRequest}, equivalent to {@code
 * TransactionEventRequest.CODEC.read} for every payload it accepts (see {@link FastDecoder}).
 * Payloads with {@code idToken} or {@code customData} (anywhere) are left to the generated codec.
 */
final class V201TransactionEventDecoder extends FastDecoder<TransactionEventRequest> {
  static final V201TransactionEventDecoder INSTANCE = new V201TransactionEventDecoder();

  /** {@code TransactionType.transactionId}: maxLength 36. */
  private static final int TRANSACTION_ID_MAX_LENGTH = 36;

  private static final Lit EVENT_TYPE = new Lit("\"eventType\"");
  private static final Lit EVSE_FIELD = new Lit("\"evse\"");
  private static final Lit METER_VALUE = new Lit("\"meterValue\"");
  private static final Lit TIMESTAMP = new Lit("\"timestamp\"");
  private static final Lit TRIGGER_REASON = new Lit("\"triggerReason\"");
  private static final Lit TRANSACTION_INFO = new Lit("\"transactionInfo\"");
  private static final Lit SEQ_NO = new Lit("\"seqNo\"");
  private static final Lit OFFLINE = new Lit("\"offline\"");
  private static final Lit NUMBER_OF_PHASES_USED = new Lit("\"numberOfPhasesUsed\"");
  private static final Lit CABLE_MAX_CURRENT = new Lit("\"cableMaxCurrent\"");
  private static final Lit RESERVATION_ID = new Lit("\"reservationId\"");
  private static final Lit TRANSACTION_ID = new Lit("\"transactionId\"");
  private static final Lit CHARGING_STATE = new Lit("\"chargingState\"");
  private static final Lit TIME_SPENT_CHARGING = new Lit("\"timeSpentCharging\"");
  private static final Lit STOPPED_REASON = new Lit("\"stoppedReason\"");
  private static final Lit REMOTE_START_ID = new Lit("\"remoteStartId\"");
  private static final Lit ID = new Lit("\"id\"");
  private static final Lit CONNECTOR_ID = new Lit("\"connectorId\"");

  private static final WireTable<TransactionEventEnum> EVENT_TYPES =
      new WireTable<>(TransactionEventEnum.values());
  private static final WireTable<TriggerReasonEnum> TRIGGER_REASONS =
      new WireTable<>(TriggerReasonEnum.values());
  private static final WireTable<ChargingStateEnum> CHARGING_STATES =
      new WireTable<>(ChargingStateEnum.values());
  private static final WireTable<ReasonEnum> REASONS = new WireTable<>(ReasonEnum.values());

  private V201TransactionEventDecoder() {
    super(V201Actions.TRANSACTION_EVENT);
  }

  @Override
  TransactionEventRequest readPayload(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    TransactionEventEnum eventType = null;
    List<MeterValue> meterValue = null;
    Instant timestamp = null;
    TriggerReasonEnum triggerReason = null;
    long seqNo = Long.MIN_VALUE;
    Boolean offline = null;
    Integer numberOfPhasesUsed = null;
    Integer cableMaxCurrent = null;
    Integer reservationId = null;
    Transaction transactionInfo = null;
    EVSE evse = null;
    do {
      byte first = s.nameStart();
      if (first == 'e' && eventType == null && s.literal(EVENT_TYPE)) {
        eventType = s.consume(':') ? EVENT_TYPES.read(s) : null;
        if (eventType == null) {
          return null;
        }
      } else if (first == 'e' && evse == null && s.literal(EVSE_FIELD)) {
        evse = s.consume(':') ? evse(s) : null;
        if (evse == null) {
          return null;
        }
      } else if (first == 'm' && meterValue == null && s.literal(METER_VALUE)) {
        meterValue = s.consume(':') ? V201MeterValuesDecoder.meterValues(s) : null;
        if (meterValue == null) {
          return null;
        }
      } else if (first == 't' && timestamp == null && s.literal(TIMESTAMP)) {
        timestamp = s.consume(':') ? s.instant() : null;
        if (timestamp == null) {
          return null;
        }
      } else if (first == 't' && triggerReason == null && s.literal(TRIGGER_REASON)) {
        triggerReason = s.consume(':') ? TRIGGER_REASONS.read(s) : null;
        if (triggerReason == null) {
          return null;
        }
      } else if (first == 't' && transactionInfo == null && s.literal(TRANSACTION_INFO)) {
        transactionInfo = s.consume(':') ? transaction(s) : null;
        if (transactionInfo == null) {
          return null;
        }
      } else if (first == 's' && seqNo == Long.MIN_VALUE && s.literal(SEQ_NO)) {
        seqNo = s.consume(':') ? s.int9() : Long.MIN_VALUE;
        if (seqNo == Long.MIN_VALUE) {
          return null;
        }
      } else if (first == 'o' && offline == null && s.literal(OFFLINE)) {
        offline = s.consume(':') ? s.bool() : null;
        if (offline == null) {
          return null;
        }
      } else if (first == 'n' && numberOfPhasesUsed == null && s.literal(NUMBER_OF_PHASES_USED)) {
        numberOfPhasesUsed = optionalInt(s);
        if (numberOfPhasesUsed == null) {
          return null;
        }
      } else if (first == 'c' && cableMaxCurrent == null && s.literal(CABLE_MAX_CURRENT)) {
        cableMaxCurrent = optionalInt(s);
        if (cableMaxCurrent == null) {
          return null;
        }
      } else if (first == 'r' && reservationId == null && s.literal(RESERVATION_ID)) {
        reservationId = optionalInt(s);
        if (reservationId == null) {
          return null;
        }
      } else {
        return null;
      }
    } while (s.consume(','));
    if (!s.consume('}')
        || eventType == null
        || timestamp == null
        || triggerReason == null
        || seqNo == Long.MIN_VALUE
        || transactionInfo == null) {
      return null;
    }
    return new TransactionEventRequest(
        null,
        eventType,
        meterValue,
        timestamp,
        triggerReason,
        (int) seqNo,
        offline,
        numberOfPhasesUsed,
        cableMaxCurrent,
        reservationId,
        transactionInfo,
        evse,
        null);
  }

  /** After a field name: the colon and an int, boxed; null when not certain. */
  private static Integer optionalInt(JsonScan s) {
    if (!s.consume(':')) {
      return null;
    }
    long v = s.int9();
    return v == Long.MIN_VALUE ? null : (int) v;
  }

  private static Transaction transaction(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    String transactionId = null;
    ChargingStateEnum chargingState = null;
    Integer timeSpentCharging = null;
    ReasonEnum stoppedReason = null;
    Integer remoteStartId = null;
    do {
      byte first = s.nameStart();
      if (first == 't' && transactionId == null && s.literal(TRANSACTION_ID)) {
        transactionId = s.consume(':') ? s.string(TRANSACTION_ID_MAX_LENGTH) : null;
        if (transactionId == null) {
          return null;
        }
      } else if (first == 't' && timeSpentCharging == null && s.literal(TIME_SPENT_CHARGING)) {
        timeSpentCharging = optionalInt(s);
        if (timeSpentCharging == null) {
          return null;
        }
      } else if (first == 'c' && chargingState == null && s.literal(CHARGING_STATE)) {
        chargingState = s.consume(':') ? CHARGING_STATES.read(s) : null;
        if (chargingState == null) {
          return null;
        }
      } else if (first == 's' && stoppedReason == null && s.literal(STOPPED_REASON)) {
        stoppedReason = s.consume(':') ? REASONS.read(s) : null;
        if (stoppedReason == null) {
          return null;
        }
      } else if (first == 'r' && remoteStartId == null && s.literal(REMOTE_START_ID)) {
        remoteStartId = optionalInt(s);
        if (remoteStartId == null) {
          return null;
        }
      } else {
        return null;
      }
    } while (s.consume(','));
    if (!s.consume('}') || transactionId == null) {
      return null;
    }
    return new Transaction(
        null, transactionId, chargingState, timeSpentCharging, stoppedReason, remoteStartId);
  }

  private static EVSE evse(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    long id = Long.MIN_VALUE;
    Integer connectorId = null;
    do {
      byte first = s.nameStart();
      if (first == 'i' && id == Long.MIN_VALUE && s.literal(ID)) {
        id = s.consume(':') ? s.int9() : Long.MIN_VALUE;
        if (id == Long.MIN_VALUE) {
          return null;
        }
      } else if (first == 'c' && connectorId == null && s.literal(CONNECTOR_ID)) {
        connectorId = optionalInt(s);
        if (connectorId == null) {
          return null;
        }
      } else {
        return null;
      }
    } while (s.consume(','));
    if (!s.consume('}') || id == Long.MIN_VALUE) {
      return null;
    }
    return new EVSE(null, (int) id, connectorId);
  }
}
