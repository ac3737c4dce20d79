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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code SetVariables} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param setVariableResult required; at least 1 item
 */
public record SetVariablesResponse(
    CustomData customData,
    List<SetVariableResult> setVariableResult)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetVariablesResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SET_VARIABLE_RESULT =
      new SerializedString("setVariableResult");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetVariablesResponse {
    Objects.requireNonNull(setVariableResult, "setVariableResult");
    setVariableResult = List.copyOf(setVariableResult);
  }

  private static final class Codec implements MessageCodec<SetVariablesResponse> {
    private static final ElementReader<SetVariableResult> ITEM_SET_VARIABLE_RESULT =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SetVariableResult.CODEC);

    @Override
    public SetVariablesResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<SetVariableResult> setVariableResult = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "setVariableResult":
            setVariableResult =
                Codecs.readList(p, ctx, "setVariableResult", 1, -1, ITEM_SET_VARIABLE_RESULT);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (setVariableResult == null) {
        throw Codecs.missing("setVariableResult");
      }
      return new SetVariablesResponse(customData, setVariableResult);
    }

    @Override
    public void write(JsonGenerator g, SetVariablesResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SET_VARIABLE_RESULT);
      g.writeStartArray();
      for (SetVariableResult item : value.setVariableResult()) {
        SetVariableResult.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetVariablesResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "setVariableResult", value.setVariableResult(), 1, -1);
      Codecs.checkNestedList(
          out, "setVariableResult", SetVariableResult.CODEC, value.setVariableResult());
      return out;
    }
  }
}
