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
 * The {@code ClearVariableMonitoring} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param clearMonitoringResult required; at least 1 item
 */
public record ClearVariableMonitoringResponse(
    CustomData customData,
    List<ClearMonitoringResult> clearMonitoringResult)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearVariableMonitoringResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CLEAR_MONITORING_RESULT =
      new SerializedString("clearMonitoringResult");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ClearVariableMonitoringResponse {
    Objects.requireNonNull(clearMonitoringResult, "clearMonitoringResult");
    clearMonitoringResult = List.copyOf(clearMonitoringResult);
  }

  private static final class Codec implements MessageCodec<ClearVariableMonitoringResponse> {
    private static final ElementReader<ClearMonitoringResult> ITEM_CLEAR_MONITORING_RESULT =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ClearMonitoringResult.CODEC);

    @Override
    public ClearVariableMonitoringResponse read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<ClearMonitoringResult> clearMonitoringResult = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "clearMonitoringResult":
            clearMonitoringResult =
                Codecs.readList(
                    p, ctx, "clearMonitoringResult", 1, -1, ITEM_CLEAR_MONITORING_RESULT);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (clearMonitoringResult == null) {
        throw Codecs.missing("clearMonitoringResult");
      }
      return new ClearVariableMonitoringResponse(customData, clearMonitoringResult);
    }

    @Override
    public void write(JsonGenerator g, ClearVariableMonitoringResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CLEAR_MONITORING_RESULT);
      g.writeStartArray();
      for (ClearMonitoringResult item : value.clearMonitoringResult()) {
        ClearMonitoringResult.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearVariableMonitoringResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "clearMonitoringResult", value.clearMonitoringResult(), 1, -1);
      Codecs.checkNestedList(
          out, "clearMonitoringResult", ClearMonitoringResult.CODEC, value.clearMonitoringResult());
      return out;
    }
  }
}
