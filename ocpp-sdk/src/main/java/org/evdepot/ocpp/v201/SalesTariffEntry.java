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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * Sales_ Tariff_ Entry
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param relativeTimeInterval required. Relative_ Timer_ Interval
 * @param ePriceLevel optional, null when absent; at least 0.0. Defines the price level of this
 *     SalesTariffEntry (referring to NumEPriceLevels). Small values for the EPriceLevel represent a
 *     cheaper TariffEntry. Large values for the EPriceLevel represent a more expensive TariffEntry.
 * @param consumptionCost optional, null when absent; at least 1 item, at most 3 items
 */
public record SalesTariffEntry(
    CustomData customData,
    RelativeTimeInterval relativeTimeInterval,
    Integer ePriceLevel,
    List<ConsumptionCost> consumptionCost) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SalesTariffEntry> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_RELATIVE_TIME_INTERVAL =
      new SerializedString("relativeTimeInterval");
  private static final SerializedString NAME_E_PRICE_LEVEL = new SerializedString("ePriceLevel");
  private static final SerializedString NAME_CONSUMPTION_COST =
      new SerializedString("consumptionCost");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SalesTariffEntry {
    Objects.requireNonNull(relativeTimeInterval, "relativeTimeInterval");
    consumptionCost = consumptionCost == null ? null : List.copyOf(consumptionCost);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalesTariffEntry}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private RelativeTimeInterval relativeTimeInterval;
    private Integer ePriceLevel;
    private List<ConsumptionCost> consumptionCost;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code relativeTimeInterval} (required). */
    public Builder relativeTimeInterval(RelativeTimeInterval relativeTimeInterval) {
      this.relativeTimeInterval = relativeTimeInterval;
      return this;
    }

    /** Sets {@code ePriceLevel} (optional). */
    public Builder ePriceLevel(Integer ePriceLevel) {
      this.ePriceLevel = ePriceLevel;
      return this;
    }

    /** Sets {@code consumptionCost} (optional). */
    public Builder consumptionCost(List<ConsumptionCost> consumptionCost) {
      this.consumptionCost = consumptionCost;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SalesTariffEntry build() {
      if (relativeTimeInterval == null) {
        throw new IllegalStateException(
            "SalesTariffEntry.relativeTimeInterval is required but was not set");
      }
      SalesTariffEntry built =
          new SalesTariffEntry(customData, relativeTimeInterval, ePriceLevel, consumptionCost);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SalesTariffEntry: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SalesTariffEntry> {
    private static final ElementReader<ConsumptionCost> ITEM_CONSUMPTION_COST =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ConsumptionCost.CODEC);

    @Override
    public SalesTariffEntry read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      RelativeTimeInterval relativeTimeInterval = null;
      Integer ePriceLevel = null;
      List<ConsumptionCost> consumptionCost = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "relativeTimeInterval":
            relativeTimeInterval =
                Codecs.readObject(p, ctx, "relativeTimeInterval", RelativeTimeInterval.CODEC);
            break;
          case "ePriceLevel":
            ePriceLevel = Codecs.minimum(Codecs.readInt(p, "ePriceLevel"), 0L, "ePriceLevel");
            break;
          case "consumptionCost":
            consumptionCost =
                Codecs.readList(p, ctx, "consumptionCost", 1, 3, ITEM_CONSUMPTION_COST);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (relativeTimeInterval == null) {
        throw Codecs.missing("relativeTimeInterval");
      }
      return new SalesTariffEntry(customData, relativeTimeInterval, ePriceLevel, consumptionCost);
    }

    @Override
    public void write(JsonGenerator g, SalesTariffEntry value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_RELATIVE_TIME_INTERVAL);
      RelativeTimeInterval.CODEC.write(g, value.relativeTimeInterval());
      if (value.ePriceLevel() != null) {
        g.writeFieldName(NAME_E_PRICE_LEVEL);
        g.writeNumber(value.ePriceLevel());
      }
      if (value.consumptionCost() != null) {
        g.writeFieldName(NAME_CONSUMPTION_COST);
        g.writeStartArray();
        for (ConsumptionCost item : value.consumptionCost()) {
          ConsumptionCost.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SalesTariffEntry value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "relativeTimeInterval", RelativeTimeInterval.CODEC, value.relativeTimeInterval());
      Codecs.checkRange(out, "ePriceLevel", value.ePriceLevel(), 0L, Long.MAX_VALUE);
      Codecs.checkItems(out, "consumptionCost", value.consumptionCost(), 1, 3);
      Codecs.checkNestedList(
          out, "consumptionCost", ConsumptionCost.CODEC, value.consumptionCost());
      return out;
    }
  }
}
