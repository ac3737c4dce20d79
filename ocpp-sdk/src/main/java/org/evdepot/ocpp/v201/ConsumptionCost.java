// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * Consumption_ Cost
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param startValue required. The lowest level of consumption that defines the starting point
 *     of this consumption block. The block interval extends to the start of the next interval.
 * @param cost required; at least 1 item, at most 3 items
 */
public record ConsumptionCost(
    CustomData customData,
    BigDecimal startValue,
    List<Cost> cost) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ConsumptionCost> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_START_VALUE = new SerializedString("startValue");
  private static final SerializedString NAME_COST = new SerializedString("cost");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ConsumptionCost {
    Objects.requireNonNull(startValue, "startValue");
    Objects.requireNonNull(cost, "cost");
    cost = List.copyOf(cost);
  }

  private static final class Codec implements MessageCodec<ConsumptionCost> {
    private static final ElementReader<Cost> ITEM_COST =
        (p, ctx) -> Codecs.readObject(p, ctx, "", Cost.CODEC);

    @Override
    public ConsumptionCost read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      BigDecimal startValue = null;
      List<Cost> cost = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "startValue":
            startValue = Codecs.readDecimal(p, "startValue");
            break;
          case "cost":
            cost = Codecs.readList(p, ctx, "cost", 1, 3, ITEM_COST);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (startValue == null) {
        throw Codecs.missing("startValue");
      }
      if (cost == null) {
        throw Codecs.missing("cost");
      }
      return new ConsumptionCost(customData, startValue, cost);
    }

    @Override
    public void write(JsonGenerator g, ConsumptionCost value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_START_VALUE);
      Codecs.writeDecimal(g, value.startValue());
      g.writeFieldName(NAME_COST);
      g.writeStartArray();
      for (Cost item : value.cost()) {
        Cost.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ConsumptionCost value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "cost", value.cost(), 1, 3);
      Codecs.checkNestedList(out, "cost", Cost.CODEC, value.cost());
      return out;
    }
  }
}
