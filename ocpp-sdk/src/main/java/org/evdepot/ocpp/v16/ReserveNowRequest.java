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
 * The {@code ReserveNow} request of OCPP 1.6, answered by {@link ReserveNowResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param expiryDate required; written as UTC with at most millisecond precision
 * @param idTag required; at most 20 characters
 * @param parentIdTag optional, null when absent; at most 20 characters
 * @param reservationId required
 */
public record ReserveNowRequest(
    int connectorId,
    Instant expiryDate,
    String idTag,
    String parentIdTag,
    int reservationId)
    implements OcppRequest<ReserveNowResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ReserveNowRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_EXPIRY_DATE = new SerializedString("expiryDate");
  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");
  private static final SerializedString NAME_PARENT_ID_TAG = new SerializedString("parentIdTag");
  private static final SerializedString NAME_RESERVATION_ID = new SerializedString("reservationId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ReserveNowRequest {
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(idTag, "idTag");
  }

  /** The {@code ReserveNow} action. */
  @Override
  public ActionType<ReserveNowRequest, ReserveNowResponse> actionType() {
    return V16Actions.RESERVE_NOW;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReserveNowRequest}; not thread-safe. */
  public static final class Builder {
    private Integer connectorId;
    private Instant expiryDate;
    private String idTag;
    private String parentIdTag;
    private Integer reservationId;

    private Builder() {}

    /** Sets {@code connectorId} (required). */
    public Builder connectorId(int connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /** Sets {@code expiryDate} (required). */
    public Builder expiryDate(Instant expiryDate) {
      this.expiryDate = expiryDate;
      return this;
    }

    /** Sets {@code idTag} (required). */
    public Builder idTag(String idTag) {
      this.idTag = idTag;
      return this;
    }

    /** Sets {@code parentIdTag} (optional). */
    public Builder parentIdTag(String parentIdTag) {
      this.parentIdTag = parentIdTag;
      return this;
    }

    /** Sets {@code reservationId} (required). */
    public Builder reservationId(int reservationId) {
      this.reservationId = reservationId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ReserveNowRequest build() {
      if (connectorId == null) {
        throw new IllegalStateException(
            "ReserveNowRequest.connectorId is required but was not set");
      }
      if (expiryDate == null) {
        throw new IllegalStateException("ReserveNowRequest.expiryDate is required but was not set");
      }
      if (idTag == null) {
        throw new IllegalStateException("ReserveNowRequest.idTag is required but was not set");
      }
      if (reservationId == null) {
        throw new IllegalStateException(
            "ReserveNowRequest.reservationId is required but was not set");
      }
      ReserveNowRequest built =
          new ReserveNowRequest(connectorId, expiryDate, idTag, parentIdTag, reservationId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ReserveNowRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ReserveNowRequest> {
    @Override
    public ReserveNowRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      Instant expiryDate = null;
      String idTag = null;
      String parentIdTag = null;
      int reservationId = 0;
      boolean hasReservationId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "expiryDate":
            expiryDate = Codecs.readInstant(p, ctx, "expiryDate");
            break;
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          case "parentIdTag":
            parentIdTag = Codecs.readString(p, "parentIdTag", 20);
            break;
          case "reservationId":
            reservationId = Codecs.readInt(p, "reservationId");
            hasReservationId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (expiryDate == null) {
        throw Codecs.missing("expiryDate");
      }
      if (idTag == null) {
        throw Codecs.missing("idTag");
      }
      if (!hasReservationId) {
        throw Codecs.missing("reservationId");
      }
      return new ReserveNowRequest(connectorId, expiryDate, idTag, parentIdTag, reservationId);
    }

    @Override
    public void write(JsonGenerator g, ReserveNowRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_EXPIRY_DATE);
      Codecs.writeInstant(g, value.expiryDate());
      g.writeFieldName(NAME_ID_TAG);
      g.writeString(value.idTag());
      if (value.parentIdTag() != null) {
        g.writeFieldName(NAME_PARENT_ID_TAG);
        g.writeString(value.parentIdTag());
      }
      g.writeFieldName(NAME_RESERVATION_ID);
      g.writeNumber(value.reservationId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ReserveNowRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      Codecs.checkLength(out, "parentIdTag", value.parentIdTag(), 20);
      return out;
    }
  }
}
