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
 * Contains message details, for a message to be displayed on a Charging Station.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param format required. Format of the message.
 * @param language optional, null when absent; at most 8 characters. Message language
 *     identifier. Contains a language code as defined in [RFC5646].
 * @param content required; at most 512 characters. Message contents.
 */
public record MessageContent(
    CustomData customData,
    MessageFormatEnum format,
    String language,
    String content) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MessageContent> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_FORMAT = new SerializedString("format");
  private static final SerializedString NAME_LANGUAGE = new SerializedString("language");
  private static final SerializedString NAME_CONTENT = new SerializedString("content");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public MessageContent {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageContent}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private MessageFormatEnum format;
    private String language;
    private String content;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code format} (required). */
    public Builder format(MessageFormatEnum format) {
      this.format = format;
      return this;
    }

    /** Sets {@code language} (optional). */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** Sets {@code content} (required). */
    public Builder content(String content) {
      this.content = content;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public MessageContent build() {
      if (format == null) {
        throw new IllegalStateException("MessageContent.format is required but was not set");
      }
      if (content == null) {
        throw new IllegalStateException("MessageContent.content is required but was not set");
      }
      MessageContent built = new MessageContent(customData, format, language, content);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid MessageContent: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<MessageContent> {
    @Override
    public MessageContent read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      MessageFormatEnum format = null;
      String language = null;
      String content = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "format":
            format = MessageFormatEnum.read(p, ctx, "format");
            break;
          case "language":
            language = Codecs.readString(p, "language", 8);
            break;
          case "content":
            content = Codecs.readString(p, "content", 512);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (format == null) {
        throw Codecs.missing("format");
      }
      if (content == null) {
        throw Codecs.missing("content");
      }
      return new MessageContent(customData, format, language, content);
    }

    @Override
    public void write(JsonGenerator g, MessageContent value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_FORMAT);
      g.writeString(value.format().wireValue());
      if (value.language() != null) {
        g.writeFieldName(NAME_LANGUAGE);
        g.writeString(value.language());
      }
      g.writeFieldName(NAME_CONTENT);
      g.writeString(value.content());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(MessageContent value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "language", value.language(), 8);
      Codecs.checkLength(out, "content", value.content(), 512);
      return out;
    }
  }
}
