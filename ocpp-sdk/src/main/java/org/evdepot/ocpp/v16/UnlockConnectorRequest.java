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
 * The {@code UnlockConnector} request of OCPP 1.6, answered by {@link UnlockConnectorResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 */
public record UnlockConnectorRequest(
    int connectorId)
    implements OcppRequest<UnlockConnectorResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UnlockConnectorRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");

  /** The {@code UnlockConnector} action. */
  @Override
  public ActionType<UnlockConnectorRequest, UnlockConnectorResponse> actionType() {
    return V16Actions.UNLOCK_CONNECTOR;
  }

  private static final class Codec implements MessageCodec<UnlockConnectorRequest> {
    @Override
    public UnlockConnectorRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      return new UnlockConnectorRequest(connectorId);
    }

    @Override
    public void write(JsonGenerator g, UnlockConnectorRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UnlockConnectorRequest value) {
      return List.of();
    }
  }
}
