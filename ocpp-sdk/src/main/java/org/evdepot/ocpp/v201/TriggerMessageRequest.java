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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code TriggerMessage} request of OCPP 2.0.1, answered by {@link TriggerMessageResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evse optional, null when absent. EVSE Electric Vehicle Supply Equipment
 * @param requestedMessage required. Type of message to be triggered.
 */
public record TriggerMessageRequest(
    CustomData customData,
    EVSE evse,
    MessageTriggerEnum requestedMessage)
    implements OcppRequest<TriggerMessageResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<TriggerMessageRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE = new SerializedString("evse");
  private static final SerializedString NAME_REQUESTED_MESSAGE =
      new SerializedString("requestedMessage");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public TriggerMessageRequest {
    Objects.requireNonNull(requestedMessage, "requestedMessage");
  }

  /** The {@code TriggerMessage} action. */
  @Override
  public ActionType<TriggerMessageRequest, TriggerMessageResponse> actionType() {
    return V201Actions.TRIGGER_MESSAGE;
  }

  private static final class Codec implements MessageCodec<TriggerMessageRequest> {
    @Override
    public TriggerMessageRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      EVSE evse = null;
      MessageTriggerEnum requestedMessage = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evse":
            evse = Codecs.readObject(p, ctx, "evse", EVSE.CODEC);
            break;
          case "requestedMessage":
            requestedMessage = MessageTriggerEnum.read(p, ctx, "requestedMessage");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (requestedMessage == null) {
        throw Codecs.missing("requestedMessage");
      }
      return new TriggerMessageRequest(customData, evse, requestedMessage);
    }

    @Override
    public void write(JsonGenerator g, TriggerMessageRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.evse() != null) {
        g.writeFieldName(NAME_EVSE);
        EVSE.CODEC.write(g, value.evse());
      }
      g.writeFieldName(NAME_REQUESTED_MESSAGE);
      g.writeString(value.requestedMessage().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(TriggerMessageRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "evse", EVSE.CODEC, value.evse());
      return out;
    }
  }
}
