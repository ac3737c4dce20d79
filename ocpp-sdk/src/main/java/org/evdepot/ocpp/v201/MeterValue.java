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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * Collection of one or more sampled values in MeterValuesRequest and TransactionEvent. All sampled
 * values in a MeterValue are sampled at the same point in time.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param sampledValue required; at least 1 item
 * @param timestamp required; written as UTC with at most millisecond precision. Timestamp for
 *     measured value(s).
 */
public record MeterValue(
    CustomData customData,
    List<SampledValue> sampledValue,
    Instant timestamp) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MeterValue> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SAMPLED_VALUE = new SerializedString("sampledValue");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public MeterValue {
    Objects.requireNonNull(sampledValue, "sampledValue");
    sampledValue = List.copyOf(sampledValue);
    Objects.requireNonNull(timestamp, "timestamp");
  }

  private static final class Codec implements MessageCodec<MeterValue> {
    private static final ElementReader<SampledValue> ITEM_SAMPLED_VALUE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SampledValue.CODEC);

    @Override
    public MeterValue read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<SampledValue> sampledValue = null;
      Instant timestamp = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "sampledValue":
            sampledValue = Codecs.readList(p, ctx, "sampledValue", 1, -1, ITEM_SAMPLED_VALUE);
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (sampledValue == null) {
        throw Codecs.missing("sampledValue");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      return new MeterValue(customData, sampledValue, timestamp);
    }

    @Override
    public void write(JsonGenerator g, MeterValue value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SAMPLED_VALUE);
      g.writeStartArray();
      for (SampledValue item : value.sampledValue()) {
        SampledValue.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(MeterValue value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "sampledValue", value.sampledValue(), 1, -1);
      Codecs.checkNestedList(out, "sampledValue", SampledValue.CODEC, value.sampledValue());
      return out;
    }
  }
}
