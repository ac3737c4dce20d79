// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * OCPP 1.6 type {@code StopTransactionMeterValue}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param timestamp required; written as UTC with at most millisecond precision
 * @param sampledValue required
 */
public record StopTransactionMeterValue(
    Instant timestamp,
    List<StopTransactionSampledValue> sampledValue) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StopTransactionMeterValue> CODEC = new Codec();

  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_SAMPLED_VALUE = new SerializedString("sampledValue");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StopTransactionMeterValue {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(sampledValue, "sampledValue");
    sampledValue = List.copyOf(sampledValue);
  }

  private static final class Codec implements MessageCodec<StopTransactionMeterValue> {
    private static final ElementReader<StopTransactionSampledValue> ITEM_SAMPLED_VALUE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", StopTransactionSampledValue.CODEC);

    @Override
    public StopTransactionMeterValue read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Instant timestamp = null;
      List<StopTransactionSampledValue> sampledValue = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "sampledValue":
            sampledValue = Codecs.readList(p, ctx, "sampledValue", 0, -1, ITEM_SAMPLED_VALUE);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      if (sampledValue == null) {
        throw Codecs.missing("sampledValue");
      }
      return new StopTransactionMeterValue(timestamp, sampledValue);
    }

    @Override
    public void write(JsonGenerator g, StopTransactionMeterValue value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeFieldName(NAME_SAMPLED_VALUE);
      g.writeStartArray();
      for (StopTransactionSampledValue item : value.sampledValue()) {
        StopTransactionSampledValue.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StopTransactionMeterValue value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNestedList(
          out, "sampledValue", StopTransactionSampledValue.CODEC, value.sampledValue());
      return out;
    }
  }
}
