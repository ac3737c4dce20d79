// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Heartbeat} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param currentTime required; written as UTC with at most millisecond precision. Contains the
 *     current time of the CSMS.
 */
public record HeartbeatResponse(
    CustomData customData,
    Instant currentTime)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<HeartbeatResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CURRENT_TIME = new SerializedString("currentTime");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public HeartbeatResponse {
    Objects.requireNonNull(currentTime, "currentTime");
  }

  private static final class Codec implements MessageCodec<HeartbeatResponse> {
    @Override
    public HeartbeatResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Instant currentTime = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "currentTime":
            currentTime = Codecs.readInstant(p, ctx, "currentTime");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (currentTime == null) {
        throw Codecs.missing("currentTime");
      }
      return new HeartbeatResponse(customData, currentTime);
    }

    @Override
    public void write(JsonGenerator g, HeartbeatResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CURRENT_TIME);
      Codecs.writeInstant(g, value.currentTime());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(HeartbeatResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
