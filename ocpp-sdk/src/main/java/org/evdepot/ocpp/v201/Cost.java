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

/**
 * Cost
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param costKind required. The kind of cost referred to in the message element amount
 * @param amount required. The estimated or actual cost per kWh
 * @param amountMultiplier optional, null when absent. Values: -3..3, The amountMultiplier
 *     defines the exponent to base 10 (dec). The final value is determined by: amount * 10 ^
 *     amountMultiplier
 */
public record Cost(
    CustomData customData,
    CostKindEnum costKind,
    int amount,
    Integer amountMultiplier) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Cost> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COST_KIND = new SerializedString("costKind");
  private static final SerializedString NAME_AMOUNT = new SerializedString("amount");
  private static final SerializedString NAME_AMOUNT_MULTIPLIER =
      new SerializedString("amountMultiplier");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Cost {
    Objects.requireNonNull(costKind, "costKind");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cost}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private CostKindEnum costKind;
    private Integer amount;
    private Integer amountMultiplier;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code costKind} (required). */
    public Builder costKind(CostKindEnum costKind) {
      this.costKind = costKind;
      return this;
    }

    /** Sets {@code amount} (required). */
    public Builder amount(int amount) {
      this.amount = amount;
      return this;
    }

    /** Sets {@code amountMultiplier} (optional). */
    public Builder amountMultiplier(Integer amountMultiplier) {
      this.amountMultiplier = amountMultiplier;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Cost build() {
      if (costKind == null) {
        throw new IllegalStateException("Cost.costKind is required but was not set");
      }
      if (amount == null) {
        throw new IllegalStateException("Cost.amount is required but was not set");
      }
      Cost built = new Cost(customData, costKind, amount, amountMultiplier);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Cost: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Cost> {
    @Override
    public Cost read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      CostKindEnum costKind = null;
      int amount = 0;
      boolean hasAmount = false;
      Integer amountMultiplier = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "costKind":
            costKind = CostKindEnum.read(p, ctx, "costKind");
            break;
          case "amount":
            amount = Codecs.readInt(p, "amount");
            hasAmount = true;
            break;
          case "amountMultiplier":
            amountMultiplier = Codecs.readInt(p, "amountMultiplier");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (costKind == null) {
        throw Codecs.missing("costKind");
      }
      if (!hasAmount) {
        throw Codecs.missing("amount");
      }
      return new Cost(customData, costKind, amount, amountMultiplier);
    }

    @Override
    public void write(JsonGenerator g, Cost value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_COST_KIND);
      g.writeString(value.costKind().wireValue());
      g.writeFieldName(NAME_AMOUNT);
      g.writeNumber(value.amount());
      if (value.amountMultiplier() != null) {
        g.writeFieldName(NAME_AMOUNT_MULTIPLIER);
        g.writeNumber(value.amountMultiplier());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Cost value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
