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
 * The {@code SetDisplayMessage} request of OCPP 2.0.1, answered by {@link
 * SetDisplayMessageResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param message required. Contains message details, for a message to be displayed on a
 *     Charging Station.
 */
public record SetDisplayMessageRequest(
    CustomData customData,
    MessageInfo message)
    implements OcppRequest<SetDisplayMessageResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetDisplayMessageRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MESSAGE = new SerializedString("message");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetDisplayMessageRequest {
    Objects.requireNonNull(message, "message");
  }

  /** The {@code SetDisplayMessage} action. */
  @Override
  public ActionType<SetDisplayMessageRequest, SetDisplayMessageResponse> actionType() {
    return V201Actions.SET_DISPLAY_MESSAGE;
  }

  private static final class Codec implements MessageCodec<SetDisplayMessageRequest> {
    @Override
    public SetDisplayMessageRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      MessageInfo message = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "message":
            message = Codecs.readObject(p, ctx, "message", MessageInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (message == null) {
        throw Codecs.missing("message");
      }
      return new SetDisplayMessageRequest(customData, message);
    }

    @Override
    public void write(JsonGenerator g, SetDisplayMessageRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_MESSAGE);
      MessageInfo.CODEC.write(g, value.message());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetDisplayMessageRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "message", MessageInfo.CODEC, value.message());
      return out;
    }
  }
}
