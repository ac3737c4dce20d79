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
 * The {@code SetNetworkProfile} request of OCPP 2.0.1, answered by {@link
 * SetNetworkProfileResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param configurationSlot required. Slot in which the configuration should be stored.
 * @param connectionData required. The NetworkConnectionProfile defines the functional and
 *     technical parameters of a communication link.
 */
public record SetNetworkProfileRequest(
    CustomData customData,
    int configurationSlot,
    NetworkConnectionProfile connectionData)
    implements OcppRequest<SetNetworkProfileResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetNetworkProfileRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CONFIGURATION_SLOT =
      new SerializedString("configurationSlot");
  private static final SerializedString NAME_CONNECTION_DATA =
      new SerializedString("connectionData");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetNetworkProfileRequest {
    Objects.requireNonNull(connectionData, "connectionData");
  }

  /** The {@code SetNetworkProfile} action. */
  @Override
  public ActionType<SetNetworkProfileRequest, SetNetworkProfileResponse> actionType() {
    return V201Actions.SET_NETWORK_PROFILE;
  }

  private static final class Codec implements MessageCodec<SetNetworkProfileRequest> {
    @Override
    public SetNetworkProfileRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int configurationSlot = 0;
      boolean hasConfigurationSlot = false;
      NetworkConnectionProfile connectionData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "configurationSlot":
            configurationSlot = Codecs.readInt(p, "configurationSlot");
            hasConfigurationSlot = true;
            break;
          case "connectionData":
            connectionData =
                Codecs.readObject(p, ctx, "connectionData", NetworkConnectionProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConfigurationSlot) {
        throw Codecs.missing("configurationSlot");
      }
      if (connectionData == null) {
        throw Codecs.missing("connectionData");
      }
      return new SetNetworkProfileRequest(customData, configurationSlot, connectionData);
    }

    @Override
    public void write(JsonGenerator g, SetNetworkProfileRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CONFIGURATION_SLOT);
      g.writeNumber(value.configurationSlot());
      g.writeFieldName(NAME_CONNECTION_DATA);
      NetworkConnectionProfile.CODEC.write(g, value.connectionData());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetNetworkProfileRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "connectionData", NetworkConnectionProfile.CODEC, value.connectionData());
      return out;
    }
  }
}
