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
 * Contains status information about an identifier. It is advised to not stop charging for a token
 * that expires during charging, as ExpiryDate is only used for caching purposes. If ExpiryDate is
 * not given, the status has no end date.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. Current status of the ID Token.
 * @param cacheExpiryDateTime optional, null when absent; written as UTC with at most
 *     millisecond precision. Date and Time after which the token must be considered invalid.
 * @param chargingPriority optional, null when absent. Priority from a business point of view.
 *     Default priority is 0, The range is from -9 to 9. Higher values indicate a higher priority.
 *     The chargingPriority in TransactionEventResponse overrules this one.
 * @param language1 optional, null when absent; at most 8 characters. Preferred user interface
 *     language of identifier user. Contains a language code as defined in [RFC5646].
 * @param evseId optional, null when absent; at least 1 item. Only used when the IdToken is only
 *     valid for one or more specific EVSEs, not for the entire Charging Station.
 * @param groupIdToken optional, null when absent. Contains a case insensitive identifier to use
 *     for the authorization and the type of authorization to support multiple forms of identifiers.
 * @param language2 optional, null when absent; at most 8 characters. Second preferred user
 *     interface language of identifier user. Don’t use when language1 is omitted, has to be
 *     different from language1. Contains a language code as defined in [RFC5646].
 * @param personalMessage optional, null when absent. Contains message details, for a message to
 *     be displayed on a Charging Station.
 */
public record IdTokenInfo(
    CustomData customData,
    AuthorizationStatusEnum status,
    Instant cacheExpiryDateTime,
    Integer chargingPriority,
    String language1,
    List<Integer> evseId,
    IdToken groupIdToken,
    String language2,
    MessageContent personalMessage) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<IdTokenInfo> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_CACHE_EXPIRY_DATE_TIME =
      new SerializedString("cacheExpiryDateTime");
  private static final SerializedString NAME_CHARGING_PRIORITY =
      new SerializedString("chargingPriority");
  private static final SerializedString NAME_LANGUAGE1 = new SerializedString("language1");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_GROUP_ID_TOKEN = new SerializedString("groupIdToken");
  private static final SerializedString NAME_LANGUAGE2 = new SerializedString("language2");
  private static final SerializedString NAME_PERSONAL_MESSAGE =
      new SerializedString("personalMessage");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public IdTokenInfo {
    Objects.requireNonNull(status, "status");
    evseId = evseId == null ? null : List.copyOf(evseId);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IdTokenInfo}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private AuthorizationStatusEnum status;
    private Instant cacheExpiryDateTime;
    private Integer chargingPriority;
    private String language1;
    private List<Integer> evseId;
    private IdToken groupIdToken;
    private String language2;
    private MessageContent personalMessage;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(AuthorizationStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code cacheExpiryDateTime} (optional). */
    public Builder cacheExpiryDateTime(Instant cacheExpiryDateTime) {
      this.cacheExpiryDateTime = cacheExpiryDateTime;
      return this;
    }

    /** Sets {@code chargingPriority} (optional). */
    public Builder chargingPriority(Integer chargingPriority) {
      this.chargingPriority = chargingPriority;
      return this;
    }

    /** Sets {@code language1} (optional). */
    public Builder language1(String language1) {
      this.language1 = language1;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(List<Integer> evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code groupIdToken} (optional). */
    public Builder groupIdToken(IdToken groupIdToken) {
      this.groupIdToken = groupIdToken;
      return this;
    }

    /** Sets {@code language2} (optional). */
    public Builder language2(String language2) {
      this.language2 = language2;
      return this;
    }

    /** Sets {@code personalMessage} (optional). */
    public Builder personalMessage(MessageContent personalMessage) {
      this.personalMessage = personalMessage;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public IdTokenInfo build() {
      if (status == null) {
        throw new IllegalStateException("IdTokenInfo.status is required but was not set");
      }
      IdTokenInfo built =
          new IdTokenInfo(
              customData,
              status,
              cacheExpiryDateTime,
              chargingPriority,
              language1,
              evseId,
              groupIdToken,
              language2,
              personalMessage);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid IdTokenInfo: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<IdTokenInfo> {
    private static final ElementReader<Integer> ITEM_EVSE_ID =
        (p, ctx) -> Codecs.readInt(p, "");

    @Override
    public IdTokenInfo read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      AuthorizationStatusEnum status = null;
      Instant cacheExpiryDateTime = null;
      Integer chargingPriority = null;
      String language1 = null;
      List<Integer> evseId = null;
      IdToken groupIdToken = null;
      String language2 = null;
      MessageContent personalMessage = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = AuthorizationStatusEnum.read(p, ctx, "status");
            break;
          case "cacheExpiryDateTime":
            cacheExpiryDateTime = Codecs.readInstant(p, ctx, "cacheExpiryDateTime");
            break;
          case "chargingPriority":
            chargingPriority = Codecs.readInt(p, "chargingPriority");
            break;
          case "language1":
            language1 = Codecs.readString(p, "language1", 8);
            break;
          case "evseId":
            evseId = Codecs.readList(p, ctx, "evseId", 1, -1, ITEM_EVSE_ID);
            break;
          case "groupIdToken":
            groupIdToken = Codecs.readObject(p, ctx, "groupIdToken", IdToken.CODEC);
            break;
          case "language2":
            language2 = Codecs.readString(p, "language2", 8);
            break;
          case "personalMessage":
            personalMessage = Codecs.readObject(p, ctx, "personalMessage", MessageContent.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new IdTokenInfo(
          customData,
          status,
          cacheExpiryDateTime,
          chargingPriority,
          language1,
          evseId,
          groupIdToken,
          language2,
          personalMessage);
    }

    @Override
    public void write(JsonGenerator g, IdTokenInfo value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.cacheExpiryDateTime() != null) {
        g.writeFieldName(NAME_CACHE_EXPIRY_DATE_TIME);
        Codecs.writeInstant(g, value.cacheExpiryDateTime());
      }
      if (value.chargingPriority() != null) {
        g.writeFieldName(NAME_CHARGING_PRIORITY);
        g.writeNumber(value.chargingPriority());
      }
      if (value.language1() != null) {
        g.writeFieldName(NAME_LANGUAGE1);
        g.writeString(value.language1());
      }
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeStartArray();
        for (Integer item : value.evseId()) {
          g.writeNumber(item);
        }
        g.writeEndArray();
      }
      if (value.groupIdToken() != null) {
        g.writeFieldName(NAME_GROUP_ID_TOKEN);
        IdToken.CODEC.write(g, value.groupIdToken());
      }
      if (value.language2() != null) {
        g.writeFieldName(NAME_LANGUAGE2);
        g.writeString(value.language2());
      }
      if (value.personalMessage() != null) {
        g.writeFieldName(NAME_PERSONAL_MESSAGE);
        MessageContent.CODEC.write(g, value.personalMessage());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(IdTokenInfo value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "language1", value.language1(), 8);
      Codecs.checkItems(out, "evseId", value.evseId(), 1, -1);
      Codecs.checkNested(out, "groupIdToken", IdToken.CODEC, value.groupIdToken());
      Codecs.checkLength(out, "language2", value.language2(), 8);
      Codecs.checkNested(out, "personalMessage", MessageContent.CODEC, value.personalMessage());
      return out;
    }
  }
}
