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
 * Contains a case insensitive identifier to use for the authorization and the type of authorization
 * to support multiple forms of identifiers.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param additionalInfo optional, null when absent; at least 1 item
 * @param idToken required; at most 36 characters. IdToken is case insensitive. Might hold the
 *     hidden id of an RFID tag, but can for example also contain a UUID.
 * @param type required. Enumeration of possible idToken types.
 */
public record IdToken(
    CustomData customData,
    List<AdditionalInfo> additionalInfo,
    String idToken,
    IdTokenEnum type) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<IdToken> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ADDITIONAL_INFO =
      new SerializedString("additionalInfo");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_TYPE = new SerializedString("type");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public IdToken {
    additionalInfo = additionalInfo == null ? null : List.copyOf(additionalInfo);
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(type, "type");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IdToken}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<AdditionalInfo> additionalInfo;
    private String idToken;
    private IdTokenEnum type;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code additionalInfo} (optional). */
    public Builder additionalInfo(List<AdditionalInfo> additionalInfo) {
      this.additionalInfo = additionalInfo;
      return this;
    }

    /** Sets {@code idToken} (required). */
    public Builder idToken(String idToken) {
      this.idToken = idToken;
      return this;
    }

    /** Sets {@code type} (required). */
    public Builder type(IdTokenEnum type) {
      this.type = type;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public IdToken build() {
      if (idToken == null) {
        throw new IllegalStateException("IdToken.idToken is required but was not set");
      }
      if (type == null) {
        throw new IllegalStateException("IdToken.type is required but was not set");
      }
      IdToken built = new IdToken(customData, additionalInfo, idToken, type);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid IdToken: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<IdToken> {
    private static final ElementReader<AdditionalInfo> ITEM_ADDITIONAL_INFO =
        (p, ctx) -> Codecs.readObject(p, ctx, "", AdditionalInfo.CODEC);

    @Override
    public IdToken read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<AdditionalInfo> additionalInfo = null;
      String idToken = null;
      IdTokenEnum type = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "additionalInfo":
            additionalInfo = Codecs.readList(p, ctx, "additionalInfo", 1, -1, ITEM_ADDITIONAL_INFO);
            break;
          case "idToken":
            idToken = Codecs.readString(p, "idToken", 36);
            break;
          case "type":
            type = IdTokenEnum.read(p, ctx, "type");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idToken == null) {
        throw Codecs.missing("idToken");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      return new IdToken(customData, additionalInfo, idToken, type);
    }

    @Override
    public void write(JsonGenerator g, IdToken value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.additionalInfo() != null) {
        g.writeFieldName(NAME_ADDITIONAL_INFO);
        g.writeStartArray();
        for (AdditionalInfo item : value.additionalInfo()) {
          AdditionalInfo.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_ID_TOKEN);
      g.writeString(value.idToken());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(IdToken value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "additionalInfo", value.additionalInfo(), 1, -1);
      Codecs.checkNestedList(out, "additionalInfo", AdditionalInfo.CODEC, value.additionalInfo());
      Codecs.checkLength(out, "idToken", value.idToken(), 36);
      return out;
    }
  }
}
