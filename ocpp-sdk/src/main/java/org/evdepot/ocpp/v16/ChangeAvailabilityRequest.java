// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code ChangeAvailability} request of OCPP 1.6, answered by {@link
 * ChangeAvailabilityResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param type required
 */
public record ChangeAvailabilityRequest(
    int connectorId,
    AvailabilityType type)
    implements OcppRequest<ChangeAvailabilityResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChangeAvailabilityRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_TYPE = new SerializedString("type");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChangeAvailabilityRequest {
    Objects.requireNonNull(type, "type");
  }

  /** The {@code ChangeAvailability} action. */
  @Override
  public ActionType<ChangeAvailabilityRequest, ChangeAvailabilityResponse> actionType() {
    return V16Actions.CHANGE_AVAILABILITY;
  }

  private static final class Codec implements MessageCodec<ChangeAvailabilityRequest> {
    @Override
    public ChangeAvailabilityRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      AvailabilityType type = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "type":
            type = AvailabilityType.read(p, ctx, "type");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new ChangeAvailabilityRequest(connectorId, type);
    }

    @Override
    public void write(JsonGenerator g, ChangeAvailabilityRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChangeAvailabilityRequest value) {
      return List.of();
    }
  }
}
