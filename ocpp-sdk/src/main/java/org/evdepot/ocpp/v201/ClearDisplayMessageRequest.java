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
 * The {@code ClearDisplayMessage} request of OCPP 2.0.1, answered by {@link
 * ClearDisplayMessageResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. Id of the message that SHALL be removed from the Charging Station.
 */
public record ClearDisplayMessageRequest(
    CustomData customData,
    int id)
    implements OcppRequest<ClearDisplayMessageResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearDisplayMessageRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");

  /** The {@code ClearDisplayMessage} action. */
  @Override
  public ActionType<ClearDisplayMessageRequest, ClearDisplayMessageResponse> actionType() {
    return V201Actions.CLEAR_DISPLAY_MESSAGE;
  }

  private static final class Codec implements MessageCodec<ClearDisplayMessageRequest> {
    @Override
    public ClearDisplayMessageRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
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
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      return new ClearDisplayMessageRequest(customData, id);
    }

    @Override
    public void write(JsonGenerator g, ClearDisplayMessageRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearDisplayMessageRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
