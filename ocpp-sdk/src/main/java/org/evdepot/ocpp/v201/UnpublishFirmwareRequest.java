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
 * The {@code UnpublishFirmware} request of OCPP 2.0.1, answered by {@link
 * UnpublishFirmwareResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param checksum required; at most 32 characters. The MD5 checksum over the entire firmware
 *     file as a hexadecimal string of length 32.
 */
public record UnpublishFirmwareRequest(
    CustomData customData,
    String checksum)
    implements OcppRequest<UnpublishFirmwareResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UnpublishFirmwareRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHECKSUM = new SerializedString("checksum");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public UnpublishFirmwareRequest {
    Objects.requireNonNull(checksum, "checksum");
  }

  /** The {@code UnpublishFirmware} action. */
  @Override
  public ActionType<UnpublishFirmwareRequest, UnpublishFirmwareResponse> actionType() {
    return V201Actions.UNPUBLISH_FIRMWARE;
  }

  private static final class Codec implements MessageCodec<UnpublishFirmwareRequest> {
    @Override
    public UnpublishFirmwareRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String checksum = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "checksum":
            checksum = Codecs.readString(p, "checksum", 32);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (checksum == null) {
        throw Codecs.missing("checksum");
      }
      return new UnpublishFirmwareRequest(customData, checksum);
    }

    @Override
    public void write(JsonGenerator g, UnpublishFirmwareRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CHECKSUM);
      g.writeString(value.checksum());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UnpublishFirmwareRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "checksum", value.checksum(), 32);
      return out;
    }
  }
}
