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
 * The {@code SetVariableMonitoring} request of OCPP 2.0.1, answered by {@link
 * SetVariableMonitoringResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param setMonitoringData required; at least 1 item
 */
public record SetVariableMonitoringRequest(
    CustomData customData,
    List<SetMonitoringData> setMonitoringData)
    implements OcppRequest<SetVariableMonitoringResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetVariableMonitoringRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SET_MONITORING_DATA =
      new SerializedString("setMonitoringData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetVariableMonitoringRequest {
    Objects.requireNonNull(setMonitoringData, "setMonitoringData");
    setMonitoringData = List.copyOf(setMonitoringData);
  }

  /** The {@code SetVariableMonitoring} action. */
  @Override
  public ActionType<SetVariableMonitoringRequest, SetVariableMonitoringResponse> actionType() {
    return V201Actions.SET_VARIABLE_MONITORING;
  }

  private static final class Codec implements MessageCodec<SetVariableMonitoringRequest> {
    private static final ElementReader<SetMonitoringData> ITEM_SET_MONITORING_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SetMonitoringData.CODEC);

    @Override
    public SetVariableMonitoringRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<SetMonitoringData> setMonitoringData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "setMonitoringData":
            setMonitoringData =
                Codecs.readList(p, ctx, "setMonitoringData", 1, -1, ITEM_SET_MONITORING_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (setMonitoringData == null) {
        throw Codecs.missing("setMonitoringData");
      }
      return new SetVariableMonitoringRequest(customData, setMonitoringData);
    }

    @Override
    public void write(JsonGenerator g, SetVariableMonitoringRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SET_MONITORING_DATA);
      g.writeStartArray();
      for (SetMonitoringData item : value.setMonitoringData()) {
        SetMonitoringData.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetVariableMonitoringRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "setMonitoringData", value.setMonitoringData(), 1, -1);
      Codecs.checkNestedList(
          out, "setMonitoringData", SetMonitoringData.CODEC, value.setMonitoringData());
      return out;
    }
  }
}
