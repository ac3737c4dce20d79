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
 * A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that
 * can be delivered per time interval.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingProfilePurpose optional, null when absent. Defines the purpose of the schedule
 *     transferred by this profile
 * @param stackLevel optional, null when absent. Value determining level in hierarchy stack of
 *     profiles. Higher values have precedence over lower values. Lowest level is 0.
 * @param chargingProfileId optional, null when absent; at least 1 item. List of all the
 *     chargingProfileIds requested. Any ChargingProfile that matches one of these profiles will be
 *     reported. If omitted, the Charging Station SHALL not filter on chargingProfileId. This field
 *     SHALL NOT contain more ids than set in ChargingProfileEntries.maxLimit
 * @param chargingLimitSource optional, null when absent; at least 1 item, at most 4 items. For
 *     which charging limit sources, charging profiles SHALL be reported. If omitted, the Charging
 *     Station SHALL not filter on chargingLimitSource.
 */
public record ChargingProfileCriterion(
    CustomData customData,
    ChargingProfilePurposeEnum chargingProfilePurpose,
    Integer stackLevel,
    List<Integer> chargingProfileId,
    List<ChargingLimitSourceEnum> chargingLimitSource) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingProfileCriterion> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_PROFILE_PURPOSE =
      new SerializedString("chargingProfilePurpose");
  private static final SerializedString NAME_STACK_LEVEL = new SerializedString("stackLevel");
  private static final SerializedString NAME_CHARGING_PROFILE_ID =
      new SerializedString("chargingProfileId");
  private static final SerializedString NAME_CHARGING_LIMIT_SOURCE =
      new SerializedString("chargingLimitSource");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingProfileCriterion {
    chargingProfileId = chargingProfileId == null ? null : List.copyOf(chargingProfileId);
    chargingLimitSource = chargingLimitSource == null ? null : List.copyOf(chargingLimitSource);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingProfileCriterion}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private ChargingProfilePurposeEnum chargingProfilePurpose;
    private Integer stackLevel;
    private List<Integer> chargingProfileId;
    private List<ChargingLimitSourceEnum> chargingLimitSource;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code chargingProfilePurpose} (optional). */
    public Builder chargingProfilePurpose(ChargingProfilePurposeEnum chargingProfilePurpose) {
      this.chargingProfilePurpose = chargingProfilePurpose;
      return this;
    }

    /** Sets {@code stackLevel} (optional). */
    public Builder stackLevel(Integer stackLevel) {
      this.stackLevel = stackLevel;
      return this;
    }

    /** Sets {@code chargingProfileId} (optional). */
    public Builder chargingProfileId(List<Integer> chargingProfileId) {
      this.chargingProfileId = chargingProfileId;
      return this;
    }

    /** Sets {@code chargingLimitSource} (optional). */
    public Builder chargingLimitSource(List<ChargingLimitSourceEnum> chargingLimitSource) {
      this.chargingLimitSource = chargingLimitSource;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingProfileCriterion build() {
      ChargingProfileCriterion built =
          new ChargingProfileCriterion(
              customData,
              chargingProfilePurpose,
              stackLevel,
              chargingProfileId,
              chargingLimitSource);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingProfileCriterion: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingProfileCriterion> {
    private static final ElementReader<Integer> ITEM_CHARGING_PROFILE_ID =
        (p, ctx) -> Codecs.readInt(p, "");
    private static final ElementReader<ChargingLimitSourceEnum> ITEM_CHARGING_LIMIT_SOURCE =
        (p, ctx) -> ChargingLimitSourceEnum.read(p, ctx, "");

    @Override
    public ChargingProfileCriterion read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ChargingProfilePurposeEnum chargingProfilePurpose = null;
      Integer stackLevel = null;
      List<Integer> chargingProfileId = null;
      List<ChargingLimitSourceEnum> chargingLimitSource = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingProfilePurpose":
            chargingProfilePurpose =
                ChargingProfilePurposeEnum.read(p, ctx, "chargingProfilePurpose");
            break;
          case "stackLevel":
            stackLevel = Codecs.readInt(p, "stackLevel");
            break;
          case "chargingProfileId":
            chargingProfileId =
                Codecs.readList(p, ctx, "chargingProfileId", 1, -1, ITEM_CHARGING_PROFILE_ID);
            break;
          case "chargingLimitSource":
            chargingLimitSource =
                Codecs.readList(p, ctx, "chargingLimitSource", 1, 4, ITEM_CHARGING_LIMIT_SOURCE);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new ChargingProfileCriterion(
          customData, chargingProfilePurpose, stackLevel, chargingProfileId, chargingLimitSource);
    }

    @Override
    public void write(JsonGenerator g, ChargingProfileCriterion value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.chargingProfilePurpose() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_PURPOSE);
        g.writeString(value.chargingProfilePurpose().wireValue());
      }
      if (value.stackLevel() != null) {
        g.writeFieldName(NAME_STACK_LEVEL);
        g.writeNumber(value.stackLevel());
      }
      if (value.chargingProfileId() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_ID);
        g.writeStartArray();
        for (Integer item : value.chargingProfileId()) {
          g.writeNumber(item);
        }
        g.writeEndArray();
      }
      if (value.chargingLimitSource() != null) {
        g.writeFieldName(NAME_CHARGING_LIMIT_SOURCE);
        g.writeStartArray();
        for (ChargingLimitSourceEnum item : value.chargingLimitSource()) {
          g.writeString(item.wireValue());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingProfileCriterion value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingProfileId", value.chargingProfileId(), 1, -1);
      Codecs.checkItems(out, "chargingLimitSource", value.chargingLimitSource(), 1, 4);
      return out;
    }
  }
}
