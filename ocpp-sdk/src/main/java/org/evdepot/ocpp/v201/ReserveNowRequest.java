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

/**
 * The {@code ReserveNow} request of OCPP 2.0.1, answered by {@link ReserveNowResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. Id of reservation.
 * @param expiryDateTime required; written as UTC with at most millisecond precision. Date and
 *     time at which the reservation expires.
 * @param connectorType optional, null when absent. This field specifies the connector type.
 * @param idToken required. Contains a case insensitive identifier to use for the authorization
 *     and the type of authorization to support multiple forms of identifiers.
 * @param evseId optional, null when absent. This contains ID of the evse to be reserved.
 * @param groupIdToken optional, null when absent. Contains a case insensitive identifier to use
 *     for the authorization and the type of authorization to support multiple forms of identifiers.
 */
public record ReserveNowRequest(
    CustomData customData,
    int id,
    Instant expiryDateTime,
    ConnectorEnum connectorType,
    IdToken idToken,
    Integer evseId,
    IdToken groupIdToken)
    implements OcppRequest<ReserveNowResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ReserveNowRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_EXPIRY_DATE_TIME =
      new SerializedString("expiryDateTime");
  private static final SerializedString NAME_CONNECTOR_TYPE = new SerializedString("connectorType");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_GROUP_ID_TOKEN = new SerializedString("groupIdToken");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ReserveNowRequest {
    Objects.requireNonNull(expiryDateTime, "expiryDateTime");
    Objects.requireNonNull(idToken, "idToken");
  }

  /** The {@code ReserveNow} action. */
  @Override
  public ActionType<ReserveNowRequest, ReserveNowResponse> actionType() {
    return V201Actions.RESERVE_NOW;
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
    private CustomData customData;
    private Integer id;
    private Instant expiryDateTime;
    private ConnectorEnum connectorType;
    private IdToken idToken;
    private Integer evseId;
    private IdToken groupIdToken;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code id} (required). */
    public Builder id(int id) {
      this.id = id;
      return this;
    }

    /** Sets {@code expiryDateTime} (required). */
    public Builder expiryDateTime(Instant expiryDateTime) {
      this.expiryDateTime = expiryDateTime;
      return this;
    }

    /** Sets {@code connectorType} (optional). */
    public Builder connectorType(ConnectorEnum connectorType) {
      this.connectorType = connectorType;
      return this;
    }

    /** Sets {@code idToken} (required). */
    public Builder idToken(IdToken idToken) {
      this.idToken = idToken;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(Integer evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code groupIdToken} (optional). */
    public Builder groupIdToken(IdToken groupIdToken) {
      this.groupIdToken = groupIdToken;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ReserveNowRequest build() {
      if (id == null) {
        throw new IllegalStateException("ReserveNowRequest.id is required but was not set");
      }
      if (expiryDateTime == null) {
        throw new IllegalStateException(
            "ReserveNowRequest.expiryDateTime is required but was not set");
      }
      if (idToken == null) {
        throw new IllegalStateException("ReserveNowRequest.idToken is required but was not set");
      }
      ReserveNowRequest built =
          new ReserveNowRequest(
              customData, id, expiryDateTime, connectorType, idToken, evseId, groupIdToken);
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
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
      Instant expiryDateTime = null;
      ConnectorEnum connectorType = null;
      IdToken idToken = null;
      Integer evseId = null;
      IdToken groupIdToken = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "expiryDateTime":
            expiryDateTime = Codecs.readInstant(p, ctx, "expiryDateTime");
            break;
          case "connectorType":
            connectorType = ConnectorEnum.read(p, ctx, "connectorType");
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          case "groupIdToken":
            groupIdToken = Codecs.readObject(p, ctx, "groupIdToken", IdToken.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      if (expiryDateTime == null) {
        throw Codecs.missing("expiryDateTime");
      }
      if (idToken == null) {
        throw Codecs.missing("idToken");
      }
      return new ReserveNowRequest(
          customData, id, expiryDateTime, connectorType, idToken, evseId, groupIdToken);
    }

    @Override
    public void write(JsonGenerator g, ReserveNowRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      g.writeFieldName(NAME_EXPIRY_DATE_TIME);
      Codecs.writeInstant(g, value.expiryDateTime());
      if (value.connectorType() != null) {
        g.writeFieldName(NAME_CONNECTOR_TYPE);
        g.writeString(value.connectorType().wireValue());
      }
      g.writeFieldName(NAME_ID_TOKEN);
      IdToken.CODEC.write(g, value.idToken());
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      if (value.groupIdToken() != null) {
        g.writeFieldName(NAME_GROUP_ID_TOKEN);
        IdToken.CODEC.write(g, value.groupIdToken());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ReserveNowRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      Codecs.checkNested(out, "groupIdToken", IdToken.CODEC, value.groupIdToken());
      return out;
    }
  }
}
