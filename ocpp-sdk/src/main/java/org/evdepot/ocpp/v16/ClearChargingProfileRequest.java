// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code ClearChargingProfile} request of OCPP 1.6, answered by {@link
 * ClearChargingProfileResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param id optional, null when absent
 * @param connectorId optional, null when absent
 * @param chargingProfilePurpose optional, null when absent
 * @param stackLevel optional, null when absent
 */
public record ClearChargingProfileRequest(
    Integer id,
    Integer connectorId,
    ChargingProfilePurposeType chargingProfilePurpose,
    Integer stackLevel)
    implements OcppRequest<ClearChargingProfileResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearChargingProfileRequest> CODEC = new Codec();

  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_CHARGING_PROFILE_PURPOSE =
      new SerializedString("chargingProfilePurpose");
  private static final SerializedString NAME_STACK_LEVEL = new SerializedString("stackLevel");

  /** The {@code ClearChargingProfile} action. */
  @Override
  public ActionType<ClearChargingProfileRequest, ClearChargingProfileResponse> actionType() {
    return V16Actions.CLEAR_CHARGING_PROFILE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearChargingProfileRequest}; not thread-safe. */
  public static final class Builder {
    private Integer id;
    private Integer connectorId;
    private ChargingProfilePurposeType chargingProfilePurpose;
    private Integer stackLevel;

    private Builder() {}

    /** Sets {@code id} (optional). */
    public Builder id(Integer id) {
      this.id = id;
      return this;
    }

    /** Sets {@code connectorId} (optional). */
    public Builder connectorId(Integer connectorId) {
      this.connectorId = connectorId;
      return this;
    }

    /** Sets {@code chargingProfilePurpose} (optional). */
    public Builder chargingProfilePurpose(ChargingProfilePurposeType chargingProfilePurpose) {
      this.chargingProfilePurpose = chargingProfilePurpose;
      return this;
    }

    /** Sets {@code stackLevel} (optional). */
    public Builder stackLevel(Integer stackLevel) {
      this.stackLevel = stackLevel;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ClearChargingProfileRequest build() {
      ClearChargingProfileRequest built =
          new ClearChargingProfileRequest(id, connectorId, chargingProfilePurpose, stackLevel);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ClearChargingProfileRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ClearChargingProfileRequest> {
    @Override
    public ClearChargingProfileRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Integer id = null;
      Integer connectorId = null;
      ChargingProfilePurposeType chargingProfilePurpose = null;
      Integer stackLevel = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            id = Codecs.readInt(p, "id");
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            break;
          case "chargingProfilePurpose":
            chargingProfilePurpose =
                ChargingProfilePurposeType.read(p, ctx, "chargingProfilePurpose");
            break;
          case "stackLevel":
            stackLevel = Codecs.readInt(p, "stackLevel");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new ClearChargingProfileRequest(id, connectorId, chargingProfilePurpose, stackLevel);
    }

    @Override
    public void write(JsonGenerator g, ClearChargingProfileRequest value) throws IOException {
      g.writeStartObject();
      if (value.id() != null) {
        g.writeFieldName(NAME_ID);
        g.writeNumber(value.id());
      }
      if (value.connectorId() != null) {
        g.writeFieldName(NAME_CONNECTOR_ID);
        g.writeNumber(value.connectorId());
      }
      if (value.chargingProfilePurpose() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_PURPOSE);
        g.writeString(value.chargingProfilePurpose().wireValue());
      }
      if (value.stackLevel() != null) {
        g.writeFieldName(NAME_STACK_LEVEL);
        g.writeNumber(value.stackLevel());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearChargingProfileRequest value) {
      return List.of();
    }
  }
}
