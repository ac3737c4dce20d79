// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Transaction
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param transactionId required; at most 36 characters. This contains the Id of the
 *     transaction.
 * @param chargingState optional, null when absent. Current charging state, is required when
 *     state has changed.
 * @param timeSpentCharging optional, null when absent. Contains the total time that energy
 *     flowed from EVSE to EV during the transaction (in seconds). Note that timeSpentCharging is
 *     smaller or equal to the duration of the transaction.
 * @param stoppedReason optional, null when absent. This contains the reason why the transaction
 *     was stopped. MAY only be omitted when Reason is "Local".
 * @param remoteStartId optional, null when absent. The ID given to remote start request (
 *     RequestStartTransactionRequest. This enables to CSMS to match the started transaction to the
 *     given start request.
 */
public record Transaction(
    CustomData customData,
    String transactionId,
    ChargingStateEnum chargingState,
    Integer timeSpentCharging,
    ReasonEnum stoppedReason,
    Integer remoteStartId) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Transaction> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
  private static final SerializedString NAME_CHARGING_STATE = new SerializedString("chargingState");
  private static final SerializedString NAME_TIME_SPENT_CHARGING =
      new SerializedString("timeSpentCharging");
  private static final SerializedString NAME_STOPPED_REASON = new SerializedString("stoppedReason");
  private static final SerializedString NAME_REMOTE_START_ID =
      new SerializedString("remoteStartId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Transaction {
    Objects.requireNonNull(transactionId, "transactionId");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String transactionId;
    private ChargingStateEnum chargingState;
    private Integer timeSpentCharging;
    private ReasonEnum stoppedReason;
    private Integer remoteStartId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code transactionId} (required). */
    public Builder transactionId(String transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets {@code chargingState} (optional). */
    public Builder chargingState(ChargingStateEnum chargingState) {
      this.chargingState = chargingState;
      return this;
    }

    /** Sets {@code timeSpentCharging} (optional). */
    public Builder timeSpentCharging(Integer timeSpentCharging) {
      this.timeSpentCharging = timeSpentCharging;
      return this;
    }

    /** Sets {@code stoppedReason} (optional). */
    public Builder stoppedReason(ReasonEnum stoppedReason) {
      this.stoppedReason = stoppedReason;
      return this;
    }

    /** Sets {@code remoteStartId} (optional). */
    public Builder remoteStartId(Integer remoteStartId) {
      this.remoteStartId = remoteStartId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Transaction build() {
      if (transactionId == null) {
        throw new IllegalStateException("Transaction.transactionId is required but was not set");
      }
      Transaction built =
          new Transaction(
              customData,
              transactionId,
              chargingState,
              timeSpentCharging,
              stoppedReason,
              remoteStartId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Transaction: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Transaction> {
    @Override
    public Transaction read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String transactionId = null;
      ChargingStateEnum chargingState = null;
      Integer timeSpentCharging = null;
      ReasonEnum stoppedReason = null;
      Integer remoteStartId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          case "chargingState":
            chargingState = ChargingStateEnum.read(p, ctx, "chargingState");
            break;
          case "timeSpentCharging":
            timeSpentCharging = Codecs.readInt(p, "timeSpentCharging");
            break;
          case "stoppedReason":
            stoppedReason = ReasonEnum.read(p, ctx, "stoppedReason");
            break;
          case "remoteStartId":
            remoteStartId = Codecs.readInt(p, "remoteStartId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (transactionId == null) {
        throw Codecs.missing("transactionId");
      }
      return new Transaction(
          customData,
          transactionId,
          chargingState,
          timeSpentCharging,
          stoppedReason,
          remoteStartId);
    }

    @Override
    public void write(JsonGenerator g, Transaction value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TRANSACTION_ID);
      g.writeString(value.transactionId());
      if (value.chargingState() != null) {
        g.writeFieldName(NAME_CHARGING_STATE);
        g.writeString(value.chargingState().wireValue());
      }
      if (value.timeSpentCharging() != null) {
        g.writeFieldName(NAME_TIME_SPENT_CHARGING);
        g.writeNumber(value.timeSpentCharging());
      }
      if (value.stoppedReason() != null) {
        g.writeFieldName(NAME_STOPPED_REASON);
        g.writeString(value.stoppedReason().wireValue());
      }
      if (value.remoteStartId() != null) {
        g.writeFieldName(NAME_REMOTE_START_ID);
        g.writeNumber(value.remoteStartId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Transaction value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      return out;
    }
  }
}
