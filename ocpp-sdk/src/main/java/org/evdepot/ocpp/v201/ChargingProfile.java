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
 * A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that
 * can be delivered per time interval.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. Id of ChargingProfile.
 * @param stackLevel required. Value determining level in hierarchy stack of profiles. Higher
 *     values have precedence over lower values. Lowest level is 0.
 * @param chargingProfilePurpose required. Defines the purpose of the schedule transferred by
 *     this profile
 * @param chargingProfileKind required. Indicates the kind of schedule.
 * @param recurrencyKind optional, null when absent. Indicates the start point of a recurrence.
 * @param validFrom optional, null when absent; written as UTC with at most millisecond
 *     precision. Point in time at which the profile starts to be valid. If absent, the profile is
 *     valid as soon as it is received by the Charging Station.
 * @param validTo optional, null when absent; written as UTC with at most millisecond precision.
 *     Point in time at which the profile stops to be valid. If absent, the profile is valid until
 *     it is replaced by another profile.
 * @param chargingSchedule required; at least 1 item, at most 3 items
 * @param transactionId optional, null when absent; at most 36 characters. SHALL only be
 *     included if ChargingProfilePurpose is set to TxProfile. The transactionId is used to match
 *     the profile to a specific transaction.
 */
public record ChargingProfile(
    CustomData customData,
    int id,
    int stackLevel,
    ChargingProfilePurposeEnum chargingProfilePurpose,
    ChargingProfileKindEnum chargingProfileKind,
    RecurrencyKindEnum recurrencyKind,
    Instant validFrom,
    Instant validTo,
    List<ChargingSchedule> chargingSchedule,
    String transactionId) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingProfile> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_STACK_LEVEL = new SerializedString("stackLevel");
  private static final SerializedString NAME_CHARGING_PROFILE_PURPOSE =
      new SerializedString("chargingProfilePurpose");
  private static final SerializedString NAME_CHARGING_PROFILE_KIND =
      new SerializedString("chargingProfileKind");
  private static final SerializedString NAME_RECURRENCY_KIND =
      new SerializedString("recurrencyKind");
  private static final SerializedString NAME_VALID_FROM = new SerializedString("validFrom");
  private static final SerializedString NAME_VALID_TO = new SerializedString("validTo");
  private static final SerializedString NAME_CHARGING_SCHEDULE =
      new SerializedString("chargingSchedule");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingProfile {
    Objects.requireNonNull(chargingProfilePurpose, "chargingProfilePurpose");
    Objects.requireNonNull(chargingProfileKind, "chargingProfileKind");
    Objects.requireNonNull(chargingSchedule, "chargingSchedule");
    chargingSchedule = List.copyOf(chargingSchedule);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingProfile}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer id;
    private Integer stackLevel;
    private ChargingProfilePurposeEnum chargingProfilePurpose;
    private ChargingProfileKindEnum chargingProfileKind;
    private RecurrencyKindEnum recurrencyKind;
    private Instant validFrom;
    private Instant validTo;
    private List<ChargingSchedule> chargingSchedule;
    private String transactionId;

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

    /** Sets {@code stackLevel} (required). */
    public Builder stackLevel(int stackLevel) {
      this.stackLevel = stackLevel;
      return this;
    }

    /** Sets {@code chargingProfilePurpose} (required). */
    public Builder chargingProfilePurpose(ChargingProfilePurposeEnum chargingProfilePurpose) {
      this.chargingProfilePurpose = chargingProfilePurpose;
      return this;
    }

    /** Sets {@code chargingProfileKind} (required). */
    public Builder chargingProfileKind(ChargingProfileKindEnum chargingProfileKind) {
      this.chargingProfileKind = chargingProfileKind;
      return this;
    }

    /** Sets {@code recurrencyKind} (optional). */
    public Builder recurrencyKind(RecurrencyKindEnum recurrencyKind) {
      this.recurrencyKind = recurrencyKind;
      return this;
    }

    /** Sets {@code validFrom} (optional). */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /** Sets {@code validTo} (optional). */
    public Builder validTo(Instant validTo) {
      this.validTo = validTo;
      return this;
    }

    /** Sets {@code chargingSchedule} (required). */
    public Builder chargingSchedule(List<ChargingSchedule> chargingSchedule) {
      this.chargingSchedule = chargingSchedule;
      return this;
    }

    /** Sets {@code transactionId} (optional). */
    public Builder transactionId(String transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingProfile build() {
      if (id == null) {
        throw new IllegalStateException("ChargingProfile.id is required but was not set");
      }
      if (stackLevel == null) {
        throw new IllegalStateException("ChargingProfile.stackLevel is required but was not set");
      }
      if (chargingProfilePurpose == null) {
        throw new IllegalStateException(
            "ChargingProfile.chargingProfilePurpose is required but was not set");
      }
      if (chargingProfileKind == null) {
        throw new IllegalStateException(
            "ChargingProfile.chargingProfileKind is required but was not set");
      }
      if (chargingSchedule == null) {
        throw new IllegalStateException(
            "ChargingProfile.chargingSchedule is required but was not set");
      }
      ChargingProfile built =
          new ChargingProfile(
              customData,
              id,
              stackLevel,
              chargingProfilePurpose,
              chargingProfileKind,
              recurrencyKind,
              validFrom,
              validTo,
              chargingSchedule,
              transactionId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingProfile: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingProfile> {
    private static final ElementReader<ChargingSchedule> ITEM_CHARGING_SCHEDULE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingSchedule.CODEC);

    @Override
    public ChargingProfile read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
      int stackLevel = 0;
      boolean hasStackLevel = false;
      ChargingProfilePurposeEnum chargingProfilePurpose = null;
      ChargingProfileKindEnum chargingProfileKind = null;
      RecurrencyKindEnum recurrencyKind = null;
      Instant validFrom = null;
      Instant validTo = null;
      List<ChargingSchedule> chargingSchedule = null;
      String transactionId = null;
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
          case "stackLevel":
            stackLevel = Codecs.readInt(p, "stackLevel");
            hasStackLevel = true;
            break;
          case "chargingProfilePurpose":
            chargingProfilePurpose =
                ChargingProfilePurposeEnum.read(p, ctx, "chargingProfilePurpose");
            break;
          case "chargingProfileKind":
            chargingProfileKind = ChargingProfileKindEnum.read(p, ctx, "chargingProfileKind");
            break;
          case "recurrencyKind":
            recurrencyKind = RecurrencyKindEnum.read(p, ctx, "recurrencyKind");
            break;
          case "validFrom":
            validFrom = Codecs.readInstant(p, ctx, "validFrom");
            break;
          case "validTo":
            validTo = Codecs.readInstant(p, ctx, "validTo");
            break;
          case "chargingSchedule":
            chargingSchedule =
                Codecs.readList(p, ctx, "chargingSchedule", 1, 3, ITEM_CHARGING_SCHEDULE);
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      if (!hasStackLevel) {
        throw Codecs.missing("stackLevel");
      }
      if (chargingProfilePurpose == null) {
        throw Codecs.missing("chargingProfilePurpose");
      }
      if (chargingProfileKind == null) {
        throw Codecs.missing("chargingProfileKind");
      }
      if (chargingSchedule == null) {
        throw Codecs.missing("chargingSchedule");
      }
      return new ChargingProfile(
          customData,
          id,
          stackLevel,
          chargingProfilePurpose,
          chargingProfileKind,
          recurrencyKind,
          validFrom,
          validTo,
          chargingSchedule,
          transactionId);
    }

    @Override
    public void write(JsonGenerator g, ChargingProfile value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      g.writeFieldName(NAME_STACK_LEVEL);
      g.writeNumber(value.stackLevel());
      g.writeFieldName(NAME_CHARGING_PROFILE_PURPOSE);
      g.writeString(value.chargingProfilePurpose().wireValue());
      g.writeFieldName(NAME_CHARGING_PROFILE_KIND);
      g.writeString(value.chargingProfileKind().wireValue());
      if (value.recurrencyKind() != null) {
        g.writeFieldName(NAME_RECURRENCY_KIND);
        g.writeString(value.recurrencyKind().wireValue());
      }
      if (value.validFrom() != null) {
        g.writeFieldName(NAME_VALID_FROM);
        Codecs.writeInstant(g, value.validFrom());
      }
      if (value.validTo() != null) {
        g.writeFieldName(NAME_VALID_TO);
        Codecs.writeInstant(g, value.validTo());
      }
      g.writeFieldName(NAME_CHARGING_SCHEDULE);
      g.writeStartArray();
      for (ChargingSchedule item : value.chargingSchedule()) {
        ChargingSchedule.CODEC.write(g, item);
      }
      g.writeEndArray();
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeString(value.transactionId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingProfile value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingSchedule", value.chargingSchedule(), 1, 3);
      Codecs.checkNestedList(
          out, "chargingSchedule", ChargingSchedule.CODEC, value.chargingSchedule());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      return out;
    }
  }
}
