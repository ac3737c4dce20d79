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
 * Represents a UnitOfMeasure with a multiplier
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param unit optional, null when absent (the schema's default {@code Wh} is not filled in); at
 *     most 20 characters. Unit of the value. Default = "Wh" if the (default) measurand is an
 *     "Energy" type. This field SHALL use a value from the list Standardized Units of Measurements
 *     in Part 2 Appendices. If an applicable unit is available in that list, otherwise a "custom"
 *     unit might be used.
 * @param multiplier optional, null when absent (the schema's default {@code 0} is not filled
 *     in). Multiplier, this value represents the exponent to base 10. I.e. multiplier 3 means 10
 *     raised to the 3rd power. Default is 0.
 */
public record UnitOfMeasure(
    CustomData customData,
    String unit,
    Integer multiplier) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UnitOfMeasure> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_UNIT = new SerializedString("unit");
  private static final SerializedString NAME_MULTIPLIER = new SerializedString("multiplier");

  private static final class Codec implements MessageCodec<UnitOfMeasure> {
    @Override
    public UnitOfMeasure read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String unit = null;
      Integer multiplier = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "unit":
            unit = Codecs.readString(p, "unit", 20);
            break;
          case "multiplier":
            multiplier = Codecs.readInt(p, "multiplier");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new UnitOfMeasure(customData, unit, multiplier);
    }

    @Override
    public void write(JsonGenerator g, UnitOfMeasure value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.unit() != null) {
        g.writeFieldName(NAME_UNIT);
        g.writeString(value.unit());
      }
      if (value.multiplier() != null) {
        g.writeFieldName(NAME_MULTIPLIER);
        g.writeNumber(value.multiplier());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UnitOfMeasure value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "unit", value.unit(), 20);
      return out;
    }
  }
}
