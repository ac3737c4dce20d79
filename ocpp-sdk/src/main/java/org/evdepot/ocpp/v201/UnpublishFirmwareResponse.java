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

/**
 * The {@code UnpublishFirmware} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. Indicates whether the Local Controller succeeded in unpublishing the
 *     firmware.
 */
public record UnpublishFirmwareResponse(
    CustomData customData,
    UnpublishFirmwareStatusEnum status)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UnpublishFirmwareResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public UnpublishFirmwareResponse {
    Objects.requireNonNull(status, "status");
  }

  private static final class Codec implements MessageCodec<UnpublishFirmwareResponse> {
    @Override
    public UnpublishFirmwareResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      UnpublishFirmwareStatusEnum status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = UnpublishFirmwareStatusEnum.read(p, ctx, "status");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new UnpublishFirmwareResponse(customData, status);
    }

    @Override
    public void write(JsonGenerator g, UnpublishFirmwareResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UnpublishFirmwareResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
