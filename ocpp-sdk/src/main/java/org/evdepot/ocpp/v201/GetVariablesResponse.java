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
 * The {@code GetVariables} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param getVariableResult required; at least 1 item
 */
public record GetVariablesResponse(
    CustomData customData,
    List<GetVariableResult> getVariableResult)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetVariablesResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_GET_VARIABLE_RESULT =
      new SerializedString("getVariableResult");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetVariablesResponse {
    Objects.requireNonNull(getVariableResult, "getVariableResult");
    getVariableResult = List.copyOf(getVariableResult);
  }

  private static final class Codec implements MessageCodec<GetVariablesResponse> {
    private static final ElementReader<GetVariableResult> ITEM_GET_VARIABLE_RESULT =
        (p, ctx) -> Codecs.readObject(p, ctx, "", GetVariableResult.CODEC);

    @Override
    public GetVariablesResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<GetVariableResult> getVariableResult = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "getVariableResult":
            getVariableResult =
                Codecs.readList(p, ctx, "getVariableResult", 1, -1, ITEM_GET_VARIABLE_RESULT);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (getVariableResult == null) {
        throw Codecs.missing("getVariableResult");
      }
      return new GetVariablesResponse(customData, getVariableResult);
    }

    @Override
    public void write(JsonGenerator g, GetVariablesResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_GET_VARIABLE_RESULT);
      g.writeStartArray();
      for (GetVariableResult item : value.getVariableResult()) {
        GetVariableResult.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetVariablesResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "getVariableResult", value.getVariableResult(), 1, -1);
      Codecs.checkNestedList(
          out, "getVariableResult", GetVariableResult.CODEC, value.getVariableResult());
      return out;
    }
  }
}
