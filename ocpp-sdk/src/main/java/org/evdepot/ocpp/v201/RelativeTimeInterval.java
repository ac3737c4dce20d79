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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Relative_ Timer_ Interval
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param start required. Start of the interval, in seconds from NOW.
 * @param duration optional, null when absent. Duration of the interval, in seconds.
 */
public record RelativeTimeInterval(
    CustomData customData,
    int start,
    Integer duration) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<RelativeTimeInterval> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_START = new SerializedString("start");
  private static final SerializedString NAME_DURATION = new SerializedString("duration");

  private static final class Codec implements MessageCodec<RelativeTimeInterval> {
    @Override
    public RelativeTimeInterval read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int start = 0;
      boolean hasStart = false;
      Integer duration = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "start":
            start = Codecs.readInt(p, "start");
            hasStart = true;
            break;
          case "duration":
            duration = Codecs.readInt(p, "duration");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasStart) {
        throw Codecs.missing("start");
      }
      return new RelativeTimeInterval(customData, start, duration);
    }

    @Override
    public void write(JsonGenerator g, RelativeTimeInterval value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_START);
      g.writeNumber(value.start());
      if (value.duration() != null) {
        g.writeFieldName(NAME_DURATION);
        g.writeNumber(value.duration());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(RelativeTimeInterval value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
