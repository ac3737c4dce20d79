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

/**
 * Fixed read-only parameters of a variable.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param unit optional, null when absent; at most 16 characters. Unit of the variable. When the
 *     transmitted value has a unit, this field SHALL be included.
 * @param dataType required. Data type of this variable.
 * @param minLimit optional, null when absent. Minimum possible value of this variable.
 * @param maxLimit optional, null when absent. Maximum possible value of this variable. When the
 *     datatype of this Variable is String, OptionList, SequenceList or MemberList, this field
 *     defines the maximum length of the (CSV) string.
 * @param valuesList optional, null when absent; at most 1000 characters. Allowed values when
 *     variable is Option/Member/SequenceList. * OptionList: The (Actual) Variable value must be a
 *     single value from the reported (CSV) enumeration list. * MemberList: The (Actual) Variable
 *     value may be an (unordered) (sub-)set of the reported (CSV) valid values list. *
 *     SequenceList: The (Actual) Variable value may be an ordered (priority, etc) (sub-)set of the
 *     reported (CSV) valid values. This is a comma separated list. The Configuration Variable
 *     ConfigurationValueSize can be used to limit SetVariableData.attributeValue and
 *     VariableCharacteristics.valueList. The max size of these values will always remain equal.
 * @param supportsMonitoring required. Flag indicating if this variable supports monitoring.
 */
public record VariableCharacteristics(
    CustomData customData,
    String unit,
    DataEnum dataType,
    BigDecimal minLimit,
    BigDecimal maxLimit,
    String valuesList,
    boolean supportsMonitoring) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<VariableCharacteristics> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_UNIT = new SerializedString("unit");
  private static final SerializedString NAME_DATA_TYPE = new SerializedString("dataType");
  private static final SerializedString NAME_MIN_LIMIT = new SerializedString("minLimit");
  private static final SerializedString NAME_MAX_LIMIT = new SerializedString("maxLimit");
  private static final SerializedString NAME_VALUES_LIST = new SerializedString("valuesList");
  private static final SerializedString NAME_SUPPORTS_MONITORING =
      new SerializedString("supportsMonitoring");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public VariableCharacteristics {
    Objects.requireNonNull(dataType, "dataType");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VariableCharacteristics}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String unit;
    private DataEnum dataType;
    private BigDecimal minLimit;
    private BigDecimal maxLimit;
    private String valuesList;
    private Boolean supportsMonitoring;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code unit} (optional). */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Sets {@code dataType} (required). */
    public Builder dataType(DataEnum dataType) {
      this.dataType = dataType;
      return this;
    }

    /** Sets {@code minLimit} (optional). */
    public Builder minLimit(BigDecimal minLimit) {
      this.minLimit = minLimit;
      return this;
    }

    /** Sets {@code maxLimit} (optional). */
    public Builder maxLimit(BigDecimal maxLimit) {
      this.maxLimit = maxLimit;
      return this;
    }

    /** Sets {@code valuesList} (optional). */
    public Builder valuesList(String valuesList) {
      this.valuesList = valuesList;
      return this;
    }

    /** Sets {@code supportsMonitoring} (required). */
    public Builder supportsMonitoring(boolean supportsMonitoring) {
      this.supportsMonitoring = supportsMonitoring;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public VariableCharacteristics build() {
      if (dataType == null) {
        throw new IllegalStateException(
            "VariableCharacteristics.dataType is required but was not set");
      }
      if (supportsMonitoring == null) {
        throw new IllegalStateException(
            "VariableCharacteristics.supportsMonitoring is required but was not set");
      }
      VariableCharacteristics built =
          new VariableCharacteristics(
              customData, unit, dataType, minLimit, maxLimit, valuesList, supportsMonitoring);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid VariableCharacteristics: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<VariableCharacteristics> {
    @Override
    public VariableCharacteristics read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String unit = null;
      DataEnum dataType = null;
      BigDecimal minLimit = null;
      BigDecimal maxLimit = null;
      String valuesList = null;
      boolean supportsMonitoring = false;
      boolean hasSupportsMonitoring = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "unit":
            unit = Codecs.readString(p, "unit", 16);
            break;
          case "dataType":
            dataType = DataEnum.read(p, ctx, "dataType");
            break;
          case "minLimit":
            minLimit = Codecs.readDecimal(p, "minLimit");
            break;
          case "maxLimit":
            maxLimit = Codecs.readDecimal(p, "maxLimit");
            break;
          case "valuesList":
            valuesList = Codecs.readString(p, "valuesList", 1000);
            break;
          case "supportsMonitoring":
            supportsMonitoring = Codecs.readBoolean(p, "supportsMonitoring");
            hasSupportsMonitoring = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (dataType == null) {
        throw Codecs.missing("dataType");
      }
      if (!hasSupportsMonitoring) {
        throw Codecs.missing("supportsMonitoring");
      }
      return new VariableCharacteristics(
          customData, unit, dataType, minLimit, maxLimit, valuesList, supportsMonitoring);
    }

    @Override
    public void write(JsonGenerator g, VariableCharacteristics value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.unit() != null) {
        g.writeFieldName(NAME_UNIT);
        g.writeString(value.unit());
      }
      g.writeFieldName(NAME_DATA_TYPE);
      g.writeString(value.dataType().wireValue());
      if (value.minLimit() != null) {
        g.writeFieldName(NAME_MIN_LIMIT);
        Codecs.writeDecimal(g, value.minLimit());
      }
      if (value.maxLimit() != null) {
        g.writeFieldName(NAME_MAX_LIMIT);
        Codecs.writeDecimal(g, value.maxLimit());
      }
      if (value.valuesList() != null) {
        g.writeFieldName(NAME_VALUES_LIST);
        g.writeString(value.valuesList());
      }
      g.writeFieldName(NAME_SUPPORTS_MONITORING);
      g.writeBoolean(value.supportsMonitoring());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(VariableCharacteristics value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "unit", value.unit(), 16);
      Codecs.checkLength(out, "valuesList", value.valuesList(), 1000);
      return out;
    }
  }
}
