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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code UnlockConnector} request of OCPP 2.0.1, answered by {@link UnlockConnectorResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evseId required. This contains the identifier of the EVSE for which a connector needs
 *     to be unlocked.
 * @param connectorId required. This contains the identifier of the connector that needs to be
 *     unlocked.
 */
public record UnlockConnectorRequest(
    CustomData customData,
    int evseId,
    int connectorId)
    implements OcppRequest<UnlockConnectorResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UnlockConnectorRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");

  /** The {@code UnlockConnector} action. */
  @Override
  public ActionType<UnlockConnectorRequest, UnlockConnectorResponse> actionType() {
    return V201Actions.UNLOCK_CONNECTOR;
  }

  private static final class Codec implements MessageCodec<UnlockConnectorRequest> {
    @Override
    public UnlockConnectorRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int evseId = 0;
      boolean hasEvseId = false;
      int connectorId = 0;
      boolean hasConnectorId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      return new UnlockConnectorRequest(customData, evseId, connectorId);
    }

    @Override
    public void write(JsonGenerator g, UnlockConnectorRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UnlockConnectorRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
