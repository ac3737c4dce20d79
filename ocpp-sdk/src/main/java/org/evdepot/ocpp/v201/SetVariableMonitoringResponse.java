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
 * The {@code SetVariableMonitoring} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param setMonitoringResult required; at least 1 item
 */
public record SetVariableMonitoringResponse(
    CustomData customData,
    List<SetMonitoringResult> setMonitoringResult)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetVariableMonitoringResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SET_MONITORING_RESULT =
      new SerializedString("setMonitoringResult");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetVariableMonitoringResponse {
    Objects.requireNonNull(setMonitoringResult, "setMonitoringResult");
    setMonitoringResult = List.copyOf(setMonitoringResult);
  }

  private static final class Codec implements MessageCodec<SetVariableMonitoringResponse> {
    private static final ElementReader<SetMonitoringResult> ITEM_SET_MONITORING_RESULT =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SetMonitoringResult.CODEC);

    @Override
    public SetVariableMonitoringResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<SetMonitoringResult> setMonitoringResult = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "setMonitoringResult":
            setMonitoringResult =
                Codecs.readList(p, ctx, "setMonitoringResult", 1, -1, ITEM_SET_MONITORING_RESULT);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (setMonitoringResult == null) {
        throw Codecs.missing("setMonitoringResult");
      }
      return new SetVariableMonitoringResponse(customData, setMonitoringResult);
    }

    @Override
    public void write(JsonGenerator g, SetVariableMonitoringResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SET_MONITORING_RESULT);
      g.writeStartArray();
      for (SetMonitoringResult item : value.setMonitoringResult()) {
        SetMonitoringResult.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetVariableMonitoringResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "setMonitoringResult", value.setMonitoringResult(), 1, -1);
      Codecs.checkNestedList(
          out, "setMonitoringResult", SetMonitoringResult.CODEC, value.setMonitoringResult());
      return out;
    }
  }
}
