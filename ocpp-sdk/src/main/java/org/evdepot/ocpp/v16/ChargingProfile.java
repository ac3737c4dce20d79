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

/**
 * OCPP 1.6 type {@code ChargingProfile}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param chargingProfileId required
 * @param transactionId optional, null when absent
 * @param stackLevel required
 * @param chargingProfilePurpose required
 * @param chargingProfileKind required
 * @param recurrencyKind optional, null when absent
 * @param validFrom optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param validTo optional, null when absent; written as UTC with at most millisecond precision
 * @param chargingSchedule required
 */
public record ChargingProfile(
    int chargingProfileId,
    Integer transactionId,
    int stackLevel,
    ChargingProfilePurposeType chargingProfilePurpose,
    ChargingProfileKindType chargingProfileKind,
    RecurrencyKindType recurrencyKind,
    Instant validFrom,
    Instant validTo,
    ChargingSchedule chargingSchedule) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingProfile> CODEC = new Codec();

  private static final SerializedString NAME_CHARGING_PROFILE_ID =
      new SerializedString("chargingProfileId");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
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

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingProfile {
    Objects.requireNonNull(chargingProfilePurpose, "chargingProfilePurpose");
    Objects.requireNonNull(chargingProfileKind, "chargingProfileKind");
    Objects.requireNonNull(chargingSchedule, "chargingSchedule");
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
    private Integer chargingProfileId;
    private Integer transactionId;
    private Integer stackLevel;
    private ChargingProfilePurposeType chargingProfilePurpose;
    private ChargingProfileKindType chargingProfileKind;
    private RecurrencyKindType recurrencyKind;
    private Instant validFrom;
    private Instant validTo;
    private ChargingSchedule chargingSchedule;

    private Builder() {}

    /** Sets {@code chargingProfileId} (required). */
    public Builder chargingProfileId(int chargingProfileId) {
      this.chargingProfileId = chargingProfileId;
      return this;
    }

    /** Sets {@code transactionId} (optional). */
    public Builder transactionId(Integer transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets {@code stackLevel} (required). */
    public Builder stackLevel(int stackLevel) {
      this.stackLevel = stackLevel;
      return this;
    }

    /** Sets {@code chargingProfilePurpose} (required). */
    public Builder chargingProfilePurpose(ChargingProfilePurposeType chargingProfilePurpose) {
      this.chargingProfilePurpose = chargingProfilePurpose;
      return this;
    }

    /** Sets {@code chargingProfileKind} (required). */
    public Builder chargingProfileKind(ChargingProfileKindType chargingProfileKind) {
      this.chargingProfileKind = chargingProfileKind;
      return this;
    }

    /** Sets {@code recurrencyKind} (optional). */
    public Builder recurrencyKind(RecurrencyKindType recurrencyKind) {
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
    public Builder chargingSchedule(ChargingSchedule chargingSchedule) {
      this.chargingSchedule = chargingSchedule;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingProfile build() {
      if (chargingProfileId == null) {
        throw new IllegalStateException(
            "ChargingProfile.chargingProfileId is required but was not set");
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
              chargingProfileId,
              transactionId,
              stackLevel,
              chargingProfilePurpose,
              chargingProfileKind,
              recurrencyKind,
              validFrom,
              validTo,
              chargingSchedule);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingProfile: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingProfile> {
    @Override
    public ChargingProfile read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int chargingProfileId = 0;
      boolean hasChargingProfileId = false;
      Integer transactionId = null;
      int stackLevel = 0;
      boolean hasStackLevel = false;
      ChargingProfilePurposeType chargingProfilePurpose = null;
      ChargingProfileKindType chargingProfileKind = null;
      RecurrencyKindType recurrencyKind = null;
      Instant validFrom = null;
      Instant validTo = null;
      ChargingSchedule chargingSchedule = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "chargingProfileId":
            chargingProfileId = Codecs.readInt(p, "chargingProfileId");
            hasChargingProfileId = true;
            break;
          case "transactionId":
            transactionId = Codecs.readInt(p, "transactionId");
            break;
          case "stackLevel":
            stackLevel = Codecs.readInt(p, "stackLevel");
            hasStackLevel = true;
            break;
          case "chargingProfilePurpose":
            chargingProfilePurpose =
                ChargingProfilePurposeType.read(p, ctx, "chargingProfilePurpose");
            break;
          case "chargingProfileKind":
            chargingProfileKind = ChargingProfileKindType.read(p, ctx, "chargingProfileKind");
            break;
          case "recurrencyKind":
            recurrencyKind = RecurrencyKindType.read(p, ctx, "recurrencyKind");
            break;
          case "validFrom":
            validFrom = Codecs.readInstant(p, ctx, "validFrom");
            break;
          case "validTo":
            validTo = Codecs.readInstant(p, ctx, "validTo");
            break;
          case "chargingSchedule":
            chargingSchedule =
                Codecs.readObject(p, ctx, "chargingSchedule", ChargingSchedule.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasChargingProfileId) {
        throw Codecs.missing("chargingProfileId");
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
          chargingProfileId,
          transactionId,
          stackLevel,
          chargingProfilePurpose,
          chargingProfileKind,
          recurrencyKind,
          validFrom,
          validTo,
          chargingSchedule);
    }

    @Override
    public void write(JsonGenerator g, ChargingProfile value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CHARGING_PROFILE_ID);
      g.writeNumber(value.chargingProfileId());
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeNumber(value.transactionId());
      }
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
      ChargingSchedule.CODEC.write(g, value.chargingSchedule());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingProfile value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "chargingSchedule", ChargingSchedule.CODEC, value.chargingSchedule());
      return out;
    }
  }
}
