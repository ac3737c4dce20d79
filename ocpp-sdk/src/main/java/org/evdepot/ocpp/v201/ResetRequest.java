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
 * The {@code Reset} request of OCPP 2.0.1, answered by {@link ResetResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param type required. This contains the type of reset that the Charging Station or EVSE
 *     should perform.
 * @param evseId optional, null when absent. This contains the ID of a specific EVSE that needs
 *     to be reset, instead of the entire Charging Station.
 */
public record ResetRequest(
    CustomData customData,
    ResetEnum type,
    Integer evseId)
    implements OcppRequest<ResetResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ResetRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ResetRequest {
    Objects.requireNonNull(type, "type");
  }

  /** The {@code Reset} action. */
  @Override
  public ActionType<ResetRequest, ResetResponse> actionType() {
    return V201Actions.RESET;
  }

  private static final class Codec implements MessageCodec<ResetRequest> {
    @Override
    public ResetRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ResetEnum type = null;
      Integer evseId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "type":
            type = ResetEnum.read(p, ctx, "type");
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new ResetRequest(customData, type, evseId);
    }

    @Override
    public void write(JsonGenerator g, ResetRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ResetRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
