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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code SetMonitoringLevel} request of OCPP 2.0.1, answered by {@link
 * SetMonitoringLevelResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param severity required. The Charging Station SHALL only report events with a severity
 *     number lower than or equal to this severity. The severity range is 0-9, with 0 as the highest
 *     and 9 as the lowest severity level. The severity levels have the following meaning: +
 *     *0-Danger* + Indicates lives are potentially in danger. Urgent attention is needed and action
 *     should be taken immediately. + *1-Hardware Failure* + Indicates that the Charging Station is
 *     unable to continue regular operations due to Hardware issues. Action is required. + *2-System
 *     Failure* + Indicates that the Charging Station is unable to continue regular operations due
 *     to software or minor hardware issues. Action is required. + *3-Critical* + Indicates a
 *     critical error. Action is required. + *4-Error* + Indicates a non-urgent error. Action is
 *     required. + *5-Alert* + Indicates an alert event. Default severity for any type of monitoring
 *     event. + *6-Warning* + Indicates a warning event. Action may be required. + *7-Notice* +
 *     Indicates an unusual event. No immediate action is required. + *8-Informational* + Indicates
 *     a regular operational event. May be used for reporting, measuring throughput, etc. No action
 *     is required. + *9-Debug* + Indicates information useful to developers for debugging, not
 *     useful during operations.
 */
public record SetMonitoringLevelRequest(
    CustomData customData,
    int severity)
    implements OcppRequest<SetMonitoringLevelResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetMonitoringLevelRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SEVERITY = new SerializedString("severity");

  /** The {@code SetMonitoringLevel} action. */
  @Override
  public ActionType<SetMonitoringLevelRequest, SetMonitoringLevelResponse> actionType() {
    return V201Actions.SET_MONITORING_LEVEL;
  }

  private static final class Codec implements MessageCodec<SetMonitoringLevelRequest> {
    @Override
    public SetMonitoringLevelRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int severity = 0;
      boolean hasSeverity = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "severity":
            severity = Codecs.readInt(p, "severity");
            hasSeverity = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasSeverity) {
        throw Codecs.missing("severity");
      }
      return new SetMonitoringLevelRequest(customData, severity);
    }

    @Override
    public void write(JsonGenerator g, SetMonitoringLevelRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SEVERITY);
      g.writeNumber(value.severity());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetMonitoringLevelRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
