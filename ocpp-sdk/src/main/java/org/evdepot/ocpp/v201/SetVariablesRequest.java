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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code SetVariables} request of OCPP 2.0.1, answered by {@link SetVariablesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param setVariableData required; at least 1 item
 */
public record SetVariablesRequest(
    CustomData customData,
    List<SetVariableData> setVariableData)
    implements OcppRequest<SetVariablesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetVariablesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SET_VARIABLE_DATA =
      new SerializedString("setVariableData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetVariablesRequest {
    Objects.requireNonNull(setVariableData, "setVariableData");
    setVariableData = List.copyOf(setVariableData);
  }

  /** The {@code SetVariables} action. */
  @Override
  public ActionType<SetVariablesRequest, SetVariablesResponse> actionType() {
    return V201Actions.SET_VARIABLES;
  }

  private static final class Codec implements MessageCodec<SetVariablesRequest> {
    private static final ElementReader<SetVariableData> ITEM_SET_VARIABLE_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SetVariableData.CODEC);

    @Override
    public SetVariablesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<SetVariableData> setVariableData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "setVariableData":
            setVariableData =
                Codecs.readList(p, ctx, "setVariableData", 1, -1, ITEM_SET_VARIABLE_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (setVariableData == null) {
        throw Codecs.missing("setVariableData");
      }
      return new SetVariablesRequest(customData, setVariableData);
    }

    @Override
    public void write(JsonGenerator g, SetVariablesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SET_VARIABLE_DATA);
      g.writeStartArray();
      for (SetVariableData item : value.setVariableData()) {
        SetVariableData.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetVariablesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "setVariableData", value.setVariableData(), 1, -1);
      Codecs.checkNestedList(
          out, "setVariableData", SetVariableData.CODEC, value.setVariableData());
      return out;
    }
  }
}
