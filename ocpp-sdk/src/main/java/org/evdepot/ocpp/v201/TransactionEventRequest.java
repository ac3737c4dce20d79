// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code TransactionEvent} request of OCPP 2.0.1, answered by {@link TransactionEventResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param eventType required. This contains the type of this event. The first TransactionEvent
 *     of a transaction SHALL contain: "Started" The last TransactionEvent of a transaction SHALL
 *     contain: "Ended" All others SHALL contain: "Updated"
 * @param meterValue optional, null when absent; at least 1 item
 * @param timestamp required; written as UTC with at most millisecond precision. The date and
 *     time at which this transaction event occurred.
 * @param triggerReason required. Reason the Charging Station sends this message to the CSMS
 * @param seqNo required. Incremental sequence number, helps with determining if all messages of
 *     a transaction have been received.
 * @param offline optional, null when absent (the schema's default {@code false} is not filled
 *     in). Indication that this transaction event happened when the Charging Station was offline.
 *     Default = false, meaning: the event occurred when the Charging Station was online.
 * @param numberOfPhasesUsed optional, null when absent. If the Charging Station is able to
 *     report the number of phases used, then it SHALL provide it. When omitted the CSMS may be able
 *     to determine the number of phases used via device management.
 * @param cableMaxCurrent optional, null when absent. The maximum current of the connected cable
 *     in Ampere (A).
 * @param reservationId optional, null when absent. This contains the Id of the reservation that
 *     terminates as a result of this transaction.
 * @param transactionInfo required. Transaction
 * @param evse optional, null when absent. EVSE Electric Vehicle Supply Equipment
 * @param idToken optional, null when absent. Contains a case insensitive identifier to use for
 *     the authorization and the type of authorization to support multiple forms of identifiers.
 */
public record TransactionEventRequest(
    CustomData customData,
    TransactionEventEnum eventType,
    List<MeterValue> meterValue,
    Instant timestamp,
    TriggerReasonEnum triggerReason,
    int seqNo,
    Boolean offline,
    Integer numberOfPhasesUsed,
    Integer cableMaxCurrent,
    Integer reservationId,
    Transaction transactionInfo,
    EVSE evse,
    IdToken idToken)
    implements OcppRequest<TransactionEventResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<TransactionEventRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVENT_TYPE = new SerializedString("eventType");
  private static final SerializedString NAME_METER_VALUE = new SerializedString("meterValue");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_TRIGGER_REASON = new SerializedString("triggerReason");
  private static final SerializedString NAME_SEQ_NO = new SerializedString("seqNo");
  private static final SerializedString NAME_OFFLINE = new SerializedString("offline");
  private static final SerializedString NAME_NUMBER_OF_PHASES_USED =
      new SerializedString("numberOfPhasesUsed");
  private static final SerializedString NAME_CABLE_MAX_CURRENT =
      new SerializedString("cableMaxCurrent");
  private static final SerializedString NAME_RESERVATION_ID = new SerializedString("reservationId");
  private static final SerializedString NAME_TRANSACTION_INFO =
      new SerializedString("transactionInfo");
  private static final SerializedString NAME_EVSE = new SerializedString("evse");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public TransactionEventRequest {
    Objects.requireNonNull(eventType, "eventType");
    meterValue = meterValue == null ? null : List.copyOf(meterValue);
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(triggerReason, "triggerReason");
    Objects.requireNonNull(transactionInfo, "transactionInfo");
  }

  /** The {@code TransactionEvent} action. */
  @Override
  public ActionType<TransactionEventRequest, TransactionEventResponse> actionType() {
    return V201Actions.TRANSACTION_EVENT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactionEventRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private TransactionEventEnum eventType;
    private List<MeterValue> meterValue;
    private Instant timestamp;
    private TriggerReasonEnum triggerReason;
    private Integer seqNo;
    private Boolean offline;
    private Integer numberOfPhasesUsed;
    private Integer cableMaxCurrent;
    private Integer reservationId;
    private Transaction transactionInfo;
    private EVSE evse;
    private IdToken idToken;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code eventType} (required). */
    public Builder eventType(TransactionEventEnum eventType) {
      this.eventType = eventType;
      return this;
    }

    /** Sets {@code meterValue} (optional). */
    public Builder meterValue(List<MeterValue> meterValue) {
      this.meterValue = meterValue;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code triggerReason} (required). */
    public Builder triggerReason(TriggerReasonEnum triggerReason) {
      this.triggerReason = triggerReason;
      return this;
    }

    /** Sets {@code seqNo} (required). */
    public Builder seqNo(int seqNo) {
      this.seqNo = seqNo;
      return this;
    }

    /** Sets {@code offline} (optional). */
    public Builder offline(Boolean offline) {
      this.offline = offline;
      return this;
    }

    /** Sets {@code numberOfPhasesUsed} (optional). */
    public Builder numberOfPhasesUsed(Integer numberOfPhasesUsed) {
      this.numberOfPhasesUsed = numberOfPhasesUsed;
      return this;
    }

    /** Sets {@code cableMaxCurrent} (optional). */
    public Builder cableMaxCurrent(Integer cableMaxCurrent) {
      this.cableMaxCurrent = cableMaxCurrent;
      return this;
    }

    /** Sets {@code reservationId} (optional). */
    public Builder reservationId(Integer reservationId) {
      this.reservationId = reservationId;
      return this;
    }

    /** Sets {@code transactionInfo} (required). */
    public Builder transactionInfo(Transaction transactionInfo) {
      this.transactionInfo = transactionInfo;
      return this;
    }

    /** Sets {@code evse} (optional). */
    public Builder evse(EVSE evse) {
      this.evse = evse;
      return this;
    }

    /** Sets {@code idToken} (optional). */
    public Builder idToken(IdToken idToken) {
      this.idToken = idToken;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public TransactionEventRequest build() {
      if (eventType == null) {
        throw new IllegalStateException(
            "TransactionEventRequest.eventType is required but was not set");
      }
      if (timestamp == null) {
        throw new IllegalStateException(
            "TransactionEventRequest.timestamp is required but was not set");
      }
      if (triggerReason == null) {
        throw new IllegalStateException(
            "TransactionEventRequest.triggerReason is required but was not set");
      }
      if (seqNo == null) {
        throw new IllegalStateException(
            "TransactionEventRequest.seqNo is required but was not set");
      }
      if (transactionInfo == null) {
        throw new IllegalStateException(
            "TransactionEventRequest.transactionInfo is required but was not set");
      }
      TransactionEventRequest built =
          new TransactionEventRequest(
              customData,
              eventType,
              meterValue,
              timestamp,
              triggerReason,
              seqNo,
              offline,
              numberOfPhasesUsed,
              cableMaxCurrent,
              reservationId,
              transactionInfo,
              evse,
              idToken);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid TransactionEventRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<TransactionEventRequest> {
    private static final ElementReader<MeterValue> ITEM_METER_VALUE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", MeterValue.CODEC);

    @Override
    public TransactionEventRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      TransactionEventEnum eventType = null;
      List<MeterValue> meterValue = null;
      Instant timestamp = null;
      TriggerReasonEnum triggerReason = null;
      int seqNo = 0;
      boolean hasSeqNo = false;
      Boolean offline = null;
      Integer numberOfPhasesUsed = null;
      Integer cableMaxCurrent = null;
      Integer reservationId = null;
      Transaction transactionInfo = null;
      EVSE evse = null;
      IdToken idToken = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "eventType":
            eventType = TransactionEventEnum.read(p, ctx, "eventType");
            break;
          case "meterValue":
            meterValue = Codecs.readList(p, ctx, "meterValue", 1, -1, ITEM_METER_VALUE);
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "triggerReason":
            triggerReason = TriggerReasonEnum.read(p, ctx, "triggerReason");
            break;
          case "seqNo":
            seqNo = Codecs.readInt(p, "seqNo");
            hasSeqNo = true;
            break;
          case "offline":
            offline = Codecs.readBoolean(p, "offline");
            break;
          case "numberOfPhasesUsed":
            numberOfPhasesUsed = Codecs.readInt(p, "numberOfPhasesUsed");
            break;
          case "cableMaxCurrent":
            cableMaxCurrent = Codecs.readInt(p, "cableMaxCurrent");
            break;
          case "reservationId":
            reservationId = Codecs.readInt(p, "reservationId");
            break;
          case "transactionInfo":
            transactionInfo = Codecs.readObject(p, ctx, "transactionInfo", Transaction.CODEC);
            break;
          case "evse":
            evse = Codecs.readObject(p, ctx, "evse", EVSE.CODEC);
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (eventType == null) {
        throw Codecs.missing("eventType");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      if (triggerReason == null) {
        throw Codecs.missing("triggerReason");
      }
      if (!hasSeqNo) {
        throw Codecs.missing("seqNo");
      }
      if (transactionInfo == null) {
        throw Codecs.missing("transactionInfo");
      }
      return new TransactionEventRequest(
          customData,
          eventType,
          meterValue,
          timestamp,
          triggerReason,
          seqNo,
          offline,
          numberOfPhasesUsed,
          cableMaxCurrent,
          reservationId,
          transactionInfo,
          evse,
          idToken);
    }

    @Override
    public void write(JsonGenerator g, TransactionEventRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EVENT_TYPE);
      g.writeString(value.eventType().wireValue());
      if (value.meterValue() != null) {
        g.writeFieldName(NAME_METER_VALUE);
        g.writeStartArray();
        for (MeterValue item : value.meterValue()) {
          MeterValue.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeFieldName(NAME_TRIGGER_REASON);
      g.writeString(value.triggerReason().wireValue());
      g.writeFieldName(NAME_SEQ_NO);
      g.writeNumber(value.seqNo());
      if (value.offline() != null) {
        g.writeFieldName(NAME_OFFLINE);
        g.writeBoolean(value.offline());
      }
      if (value.numberOfPhasesUsed() != null) {
        g.writeFieldName(NAME_NUMBER_OF_PHASES_USED);
        g.writeNumber(value.numberOfPhasesUsed());
      }
      if (value.cableMaxCurrent() != null) {
        g.writeFieldName(NAME_CABLE_MAX_CURRENT);
        g.writeNumber(value.cableMaxCurrent());
      }
      if (value.reservationId() != null) {
        g.writeFieldName(NAME_RESERVATION_ID);
        g.writeNumber(value.reservationId());
      }
      g.writeFieldName(NAME_TRANSACTION_INFO);
      Transaction.CODEC.write(g, value.transactionInfo());
      if (value.evse() != null) {
        g.writeFieldName(NAME_EVSE);
        EVSE.CODEC.write(g, value.evse());
      }
      if (value.idToken() != null) {
        g.writeFieldName(NAME_ID_TOKEN);
        IdToken.CODEC.write(g, value.idToken());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(TransactionEventRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "meterValue", value.meterValue(), 1, -1);
      Codecs.checkNestedList(out, "meterValue", MeterValue.CODEC, value.meterValue());
      Codecs.checkNested(out, "transactionInfo", Transaction.CODEC, value.transactionInfo());
      Codecs.checkNested(out, "evse", EVSE.CODEC, value.evse());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      return out;
    }
  }
}
