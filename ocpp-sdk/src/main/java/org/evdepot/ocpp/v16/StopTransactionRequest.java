// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code StopTransaction} request of OCPP 1.6, answered by {@link StopTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param idTag optional, null when absent; at most 20 characters
 * @param meterStop required
 * @param timestamp required; written as UTC with at most millisecond precision
 * @param transactionId required
 * @param reason optional, null when absent
 * @param transactionData optional, null when absent
 */
public record StopTransactionRequest(
    String idTag,
    int meterStop,
    Instant timestamp,
    int transactionId,
    Reason reason,
    List<StopTransactionMeterValue> transactionData)
    implements OcppRequest<StopTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StopTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");
  private static final SerializedString NAME_METER_STOP = new SerializedString("meterStop");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
  private static final SerializedString NAME_REASON = new SerializedString("reason");
  private static final SerializedString NAME_TRANSACTION_DATA =
      new SerializedString("transactionData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StopTransactionRequest {
    Objects.requireNonNull(timestamp, "timestamp");
    transactionData = transactionData == null ? null : List.copyOf(transactionData);
  }

  /** The {@code StopTransaction} action. */
  @Override
  public ActionType<StopTransactionRequest, StopTransactionResponse> actionType() {
    return V16Actions.STOP_TRANSACTION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopTransactionRequest}; not thread-safe. */
  public static final class Builder {
    private String idTag;
    private Integer meterStop;
    private Instant timestamp;
    private Integer transactionId;
    private Reason reason;
    private List<StopTransactionMeterValue> transactionData;

    private Builder() {}

    /** Sets {@code idTag} (optional). */
    public Builder idTag(String idTag) {
      this.idTag = idTag;
      return this;
    }

    /** Sets {@code meterStop} (required). */
    public Builder meterStop(int meterStop) {
      this.meterStop = meterStop;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code transactionId} (required). */
    public Builder transactionId(int transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets {@code reason} (optional). */
    public Builder reason(Reason reason) {
      this.reason = reason;
      return this;
    }

    /** Sets {@code transactionData} (optional). */
    public Builder transactionData(List<StopTransactionMeterValue> transactionData) {
      this.transactionData = transactionData;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public StopTransactionRequest build() {
      if (meterStop == null) {
        throw new IllegalStateException(
            "StopTransactionRequest.meterStop is required but was not set");
      }
      if (timestamp == null) {
        throw new IllegalStateException(
            "StopTransactionRequest.timestamp is required but was not set");
      }
      if (transactionId == null) {
        throw new IllegalStateException(
            "StopTransactionRequest.transactionId is required but was not set");
      }
      StopTransactionRequest built =
          new StopTransactionRequest(
              idTag, meterStop, timestamp, transactionId, reason, transactionData);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid StopTransactionRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<StopTransactionRequest> {
    private static final ElementReader<StopTransactionMeterValue> ITEM_TRANSACTION_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", StopTransactionMeterValue.CODEC);

    @Override
    public StopTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String idTag = null;
      int meterStop = 0;
      boolean hasMeterStop = false;
      Instant timestamp = null;
      int transactionId = 0;
      boolean hasTransactionId = false;
      Reason reason = null;
      List<StopTransactionMeterValue> transactionData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          case "meterStop":
            meterStop = Codecs.readInt(p, "meterStop");
            hasMeterStop = true;
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "transactionId":
            transactionId = Codecs.readInt(p, "transactionId");
            hasTransactionId = true;
            break;
          case "reason":
            reason = Reason.read(p, ctx, "reason");
            break;
          case "transactionData":
            transactionData =
                Codecs.readList(p, ctx, "transactionData", 0, -1, ITEM_TRANSACTION_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasMeterStop) {
        throw Codecs.missing("meterStop");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      if (!hasTransactionId) {
        throw Codecs.missing("transactionId");
      }
      return new StopTransactionRequest(
          idTag, meterStop, timestamp, transactionId, reason, transactionData);
    }

    @Override
    public void write(JsonGenerator g, StopTransactionRequest value) throws IOException {
      g.writeStartObject();
      if (value.idTag() != null) {
        g.writeFieldName(NAME_ID_TAG);
        g.writeString(value.idTag());
      }
      g.writeFieldName(NAME_METER_STOP);
      g.writeNumber(value.meterStop());
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeFieldName(NAME_TRANSACTION_ID);
      g.writeNumber(value.transactionId());
      if (value.reason() != null) {
        g.writeFieldName(NAME_REASON);
        g.writeString(value.reason().wireValue());
      }
      if (value.transactionData() != null) {
        g.writeFieldName(NAME_TRANSACTION_DATA);
        g.writeStartArray();
        for (StopTransactionMeterValue item : value.transactionData()) {
          StopTransactionMeterValue.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StopTransactionRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      Codecs.checkNestedList(
          out, "transactionData", StopTransactionMeterValue.CODEC, value.transactionData());
      return out;
    }
  }
}
