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
 * The {@code SetMonitoringBase} request of OCPP 2.0.1, answered by {@link
 * SetMonitoringBaseResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param monitoringBase required. Specify which monitoring base will be set
 */
public record SetMonitoringBaseRequest(
    CustomData customData,
    MonitoringBaseEnum monitoringBase)
    implements OcppRequest<SetMonitoringBaseResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetMonitoringBaseRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MONITORING_BASE =
      new SerializedString("monitoringBase");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetMonitoringBaseRequest {
    Objects.requireNonNull(monitoringBase, "monitoringBase");
  }

  /** The {@code SetMonitoringBase} action. */
  @Override
  public ActionType<SetMonitoringBaseRequest, SetMonitoringBaseResponse> actionType() {
    return V201Actions.SET_MONITORING_BASE;
  }

  private static final class Codec implements MessageCodec<SetMonitoringBaseRequest> {
    @Override
    public SetMonitoringBaseRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      MonitoringBaseEnum monitoringBase = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "monitoringBase":
            monitoringBase = MonitoringBaseEnum.read(p, ctx, "monitoringBase");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (monitoringBase == null) {
        throw Codecs.missing("monitoringBase");
      }
      return new SetMonitoringBaseRequest(customData, monitoringBase);
    }

    @Override
    public void write(JsonGenerator g, SetMonitoringBaseRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_MONITORING_BASE);
      g.writeString(value.monitoringBase().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetMonitoringBaseRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
