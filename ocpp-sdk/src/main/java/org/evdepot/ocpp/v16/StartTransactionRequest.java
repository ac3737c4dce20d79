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

/**
 * The {@code StartTransaction} request of OCPP 1.6, answered by {@link StartTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param idTag required; at most 20 characters
 * @param meterStart required
 * @param reservationId optional, null when absent
 * @param timestamp required; written as UTC with at most millisecond precision
 */
public record StartTransactionRequest(
    int connectorId,
    String idTag,
    int meterStart,
    Integer reservationId,
    Instant timestamp)
    implements OcppRequest<StartTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StartTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");
  private static final SerializedString NAME_METER_START = new SerializedString("meterStart");
  private static final SerializedString NAME_RESERVATION_ID = new SerializedString("reservationId");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StartTransactionRequest {
    Objects.requireNonNull(idTag, "idTag");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** The {@code StartTransaction} action. */
  @Override
  public ActionType<StartTransactionRequest, StartTransactionResponse> actionType() {
    return V16Actions.START_TRANSACTION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartTransactionRequest}; not thread-safe. */
  public static final class Builder {
    private Integer connectorId;
    private String idTag;
    private Integer meterStart;
    private Integer reservationId;
    private Instant timestamp;

    private Builder() {}

    /** Sets {@code connectorId} (required). */
    public Builder connectorId(int connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /** Sets {@code idTag} (required). */
    public Builder idTag(String idTag) {
      this.idTag = idTag;
      return this;
    }

    /** Sets {@code meterStart} (required). */
    public Builder meterStart(int meterStart) {
      this.meterStart = meterStart;
      return this;
    }

    /** Sets {@code reservationId} (optional). */
    public Builder reservationId(Integer reservationId) {
      this.reservationId = reservationId;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public StartTransactionRequest build() {
      if (connectorId == null) {
        throw new IllegalStateException(
            "StartTransactionRequest.connectorId is required but was not set");
      }
      if (idTag == null) {
        throw new IllegalStateException(
            "StartTransactionRequest.idTag is required but was not set");
      }
      if (meterStart == null) {
        throw new IllegalStateException(
            "StartTransactionRequest.meterStart is required but was not set");
      }
      if (timestamp == null) {
        throw new IllegalStateException(
            "StartTransactionRequest.timestamp is required but was not set");
      }
      StartTransactionRequest built =
          new StartTransactionRequest(connectorId, idTag, meterStart, reservationId, timestamp);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid StartTransactionRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<StartTransactionRequest> {
    @Override
    public StartTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      String idTag = null;
      int meterStart = 0;
      boolean hasMeterStart = false;
      Integer reservationId = null;
      Instant timestamp = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          case "meterStart":
            meterStart = Codecs.readInt(p, "meterStart");
            hasMeterStart = true;
            break;
          case "reservationId":
            reservationId = Codecs.readInt(p, "reservationId");
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (idTag == null) {
        throw Codecs.missing("idTag");
      }
      if (!hasMeterStart) {
        throw Codecs.missing("meterStart");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      return new StartTransactionRequest(connectorId, idTag, meterStart, reservationId, timestamp);
    }

    @Override
    public void write(JsonGenerator g, StartTransactionRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_ID_TAG);
      g.writeString(value.idTag());
      g.writeFieldName(NAME_METER_START);
      g.writeNumber(value.meterStart());
      if (value.reservationId() != null) {
        g.writeFieldName(NAME_RESERVATION_ID);
        g.writeNumber(value.reservationId());
      }
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StartTransactionRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      return out;
    }
  }
}
