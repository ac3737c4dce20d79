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
 * NOTE: This dataType is based on dataTypes from ISO 15118-2.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. SalesTariff identifier used to identify one sales tariff. An SAID remains
 *     a unique identifier for one schedule throughout a charging session.
 * @param salesTariffDescription optional, null when absent; at most 32 characters. A human
 *     readable title/short description of the sales tariff e.g. for HMI display purposes.
 * @param numEPriceLevels optional, null when absent. Defines the overall number of distinct
 *     price levels used across all provided SalesTariff elements.
 * @param salesTariffEntry required; at least 1 item, at most 1024 items
 */
public record SalesTariff(
    CustomData customData,
    int id,
    String salesTariffDescription,
    Integer numEPriceLevels,
    List<SalesTariffEntry> salesTariffEntry) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SalesTariff> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_SALES_TARIFF_DESCRIPTION =
      new SerializedString("salesTariffDescription");
  private static final SerializedString NAME_NUM_E_PRICE_LEVELS =
      new SerializedString("numEPriceLevels");
  private static final SerializedString NAME_SALES_TARIFF_ENTRY =
      new SerializedString("salesTariffEntry");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SalesTariff {
    Objects.requireNonNull(salesTariffEntry, "salesTariffEntry");
    salesTariffEntry = List.copyOf(salesTariffEntry);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalesTariff}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer id;
    private String salesTariffDescription;
    private Integer numEPriceLevels;
    private List<SalesTariffEntry> salesTariffEntry;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code id} (required). */
    public Builder id(int id) {
      this.id = id;
      return this;
    }

    /** Sets {@code salesTariffDescription} (optional). */
    public Builder salesTariffDescription(String salesTariffDescription) {
      this.salesTariffDescription = salesTariffDescription;
      return this;
    }

    /** Sets {@code numEPriceLevels} (optional). */
    public Builder numEPriceLevels(Integer numEPriceLevels) {
      this.numEPriceLevels = numEPriceLevels;
      return this;
    }

    /** Sets {@code salesTariffEntry} (required). */
    public Builder salesTariffEntry(List<SalesTariffEntry> salesTariffEntry) {
      this.salesTariffEntry = salesTariffEntry;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SalesTariff build() {
      if (id == null) {
        throw new IllegalStateException("SalesTariff.id is required but was not set");
      }
      if (salesTariffEntry == null) {
        throw new IllegalStateException("SalesTariff.salesTariffEntry is required but was not set");
      }
      SalesTariff built =
          new SalesTariff(
              customData, id, salesTariffDescription, numEPriceLevels, salesTariffEntry);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SalesTariff: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SalesTariff> {
    private static final ElementReader<SalesTariffEntry> ITEM_SALES_TARIFF_ENTRY =
        (p, ctx) -> Codecs.readObject(p, ctx, "", SalesTariffEntry.CODEC);

    @Override
    public SalesTariff read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
      String salesTariffDescription = null;
      Integer numEPriceLevels = null;
      List<SalesTariffEntry> salesTariffEntry = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "salesTariffDescription":
            salesTariffDescription = Codecs.readString(p, "salesTariffDescription", 32);
            break;
          case "numEPriceLevels":
            numEPriceLevels = Codecs.readInt(p, "numEPriceLevels");
            break;
          case "salesTariffEntry":
            salesTariffEntry =
                Codecs.readList(p, ctx, "salesTariffEntry", 1, 1024, ITEM_SALES_TARIFF_ENTRY);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      if (salesTariffEntry == null) {
        throw Codecs.missing("salesTariffEntry");
      }
      return new SalesTariff(
          customData, id, salesTariffDescription, numEPriceLevels, salesTariffEntry);
    }

    @Override
    public void write(JsonGenerator g, SalesTariff value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      if (value.salesTariffDescription() != null) {
        g.writeFieldName(NAME_SALES_TARIFF_DESCRIPTION);
        g.writeString(value.salesTariffDescription());
      }
      if (value.numEPriceLevels() != null) {
        g.writeFieldName(NAME_NUM_E_PRICE_LEVELS);
        g.writeNumber(value.numEPriceLevels());
      }
      g.writeFieldName(NAME_SALES_TARIFF_ENTRY);
      g.writeStartArray();
      for (SalesTariffEntry item : value.salesTariffEntry()) {
        SalesTariffEntry.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SalesTariff value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "salesTariffDescription", value.salesTariffDescription(), 32);
      Codecs.checkItems(out, "salesTariffEntry", value.salesTariffEntry(), 1, 1024);
      Codecs.checkNestedList(
          out, "salesTariffEntry", SalesTariffEntry.CODEC, value.salesTariffEntry());
      return out;
    }
  }
}
