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
 * The {@code GetVariables} request of OCPP 2.0.1, answered by {@link GetVariablesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param getVariableData required; at least 1 item
 */
public record GetVariablesRequest(
    CustomData customData,
    List<GetVariableData> getVariableData)
    implements OcppRequest<GetVariablesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetVariablesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_GET_VARIABLE_DATA =
      new SerializedString("getVariableData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetVariablesRequest {
    Objects.requireNonNull(getVariableData, "getVariableData");
    getVariableData = List.copyOf(getVariableData);
  }

  /** The {@code GetVariables} action. */
  @Override
  public ActionType<GetVariablesRequest, GetVariablesResponse> actionType() {
    return V201Actions.GET_VARIABLES;
  }

  private static final class Codec implements MessageCodec<GetVariablesRequest> {
    private static final ElementReader<GetVariableData> ITEM_GET_VARIABLE_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", GetVariableData.CODEC);

    @Override
    public GetVariablesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<GetVariableData> getVariableData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "getVariableData":
            getVariableData =
                Codecs.readList(p, ctx, "getVariableData", 1, -1, ITEM_GET_VARIABLE_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (getVariableData == null) {
        throw Codecs.missing("getVariableData");
      }
      return new GetVariablesRequest(customData, getVariableData);
    }

    @Override
    public void write(JsonGenerator g, GetVariablesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_GET_VARIABLE_DATA);
      g.writeStartArray();
      for (GetVariableData item : value.getVariableData()) {
        GetVariableData.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetVariablesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "getVariableData", value.getVariableData(), 1, -1);
      Codecs.checkNestedList(
          out, "getVariableData", GetVariableData.CODEC, value.getVariableData());
      return out;
    }
  }
}
