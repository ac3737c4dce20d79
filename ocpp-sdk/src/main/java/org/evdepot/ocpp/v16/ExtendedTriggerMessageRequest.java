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
 * The {@code ExtendedTriggerMessage} request of OCPP 1.6, answered by {@link
 * ExtendedTriggerMessageResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param requestedMessage required
 * @param connectorId optional, null when absent
 */
public record ExtendedTriggerMessageRequest(
    MessageTriggerEnum requestedMessage,
    Integer connectorId)
    implements OcppRequest<ExtendedTriggerMessageResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ExtendedTriggerMessageRequest> CODEC = new Codec();

  private static final SerializedString NAME_REQUESTED_MESSAGE =
      new SerializedString("requestedMessage");
  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ExtendedTriggerMessageRequest {
    Objects.requireNonNull(requestedMessage, "requestedMessage");
  }

  /** The {@code ExtendedTriggerMessage} action. */
  @Override
  public ActionType<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse> actionType() {
    return V16Actions.EXTENDED_TRIGGER_MESSAGE;
  }

  private static final class Codec implements MessageCodec<ExtendedTriggerMessageRequest> {
    @Override
    public ExtendedTriggerMessageRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      MessageTriggerEnum requestedMessage = null;
      Integer connectorId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "requestedMessage":
            requestedMessage = MessageTriggerEnum.read(p, ctx, "requestedMessage");
            break;
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (requestedMessage == null) {
        throw Codecs.missing("requestedMessage");
      }
      return new ExtendedTriggerMessageRequest(requestedMessage, connectorId);
    }

    @Override
    public void write(JsonGenerator g, ExtendedTriggerMessageRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_REQUESTED_MESSAGE);
      g.writeString(value.requestedMessage().wireValue());
      if (value.connectorId() != null) {
        g.writeFieldName(NAME_CONNECTOR_ID);
        g.writeNumber(value.connectorId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ExtendedTriggerMessageRequest value) {
      return List.of();
    }
  }
}
