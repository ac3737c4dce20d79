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
 * The {@code ClearVariableMonitoring} request of OCPP 2.0.1, answered by {@link
 * ClearVariableMonitoringResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required; at least 1 item. List of the monitors to be cleared, identified by there
 *     Id.
 */
public record ClearVariableMonitoringRequest(
    CustomData customData,
    List<Integer> id)
    implements OcppRequest<ClearVariableMonitoringResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearVariableMonitoringRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ClearVariableMonitoringRequest {
    Objects.requireNonNull(id, "id");
    id = List.copyOf(id);
  }

  /** The {@code ClearVariableMonitoring} action. */
  @Override
  public ActionType<ClearVariableMonitoringRequest, ClearVariableMonitoringResponse> actionType() {
    return V201Actions.CLEAR_VARIABLE_MONITORING;
  }

  private static final class Codec implements MessageCodec<ClearVariableMonitoringRequest> {
    private static final ElementReader<Integer> ITEM_ID =
        (p, ctx) -> Codecs.readInt(p, "");

    @Override
    public ClearVariableMonitoringRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<Integer> id = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readList(p, ctx, "id", 1, -1, ITEM_ID);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (id == null) {
        throw Codecs.missing("id");
      }
      return new ClearVariableMonitoringRequest(customData, id);
    }

    @Override
    public void write(JsonGenerator g, ClearVariableMonitoringRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeStartArray();
      for (Integer item : value.id()) {
        g.writeNumber(item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearVariableMonitoringRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "id", value.id(), 1, -1);
      return out;
    }
  }
}
