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

/**
 * Contains message details, for a message to be displayed on a Charging Station.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param display optional, null when absent. A physical or logical component
 * @param id required. Master resource identifier, unique within an exchange context. It is
 *     defined within the OCPP context as a positive Integer value (greater or equal to zero).
 * @param priority required. With what priority should this message be shown
 * @param state optional, null when absent. During what state should this message be shown. When
 *     omitted this message should be shown in any state of the Charging Station.
 * @param startDateTime optional, null when absent; written as UTC with at most millisecond
 *     precision. From what date-time should this message be shown. If omitted: directly.
 * @param endDateTime optional, null when absent; written as UTC with at most millisecond
 *     precision. Until what date-time should this message be shown, after this date/time this
 *     message SHALL be removed.
 * @param transactionId optional, null when absent; at most 36 characters. During which
 *     transaction shall this message be shown. Message SHALL be removed by the Charging Station
 *     after transaction has ended.
 * @param message required. Contains message details, for a message to be displayed on a
 *     Charging Station.
 */
public record MessageInfo(
    CustomData customData,
    Component display,
    int id,
    MessagePriorityEnum priority,
    MessageStateEnum state,
    Instant startDateTime,
    Instant endDateTime,
    String transactionId,
    MessageContent message) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MessageInfo> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_DISPLAY = new SerializedString("display");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_PRIORITY = new SerializedString("priority");
  private static final SerializedString NAME_STATE = new SerializedString("state");
  private static final SerializedString NAME_START_DATE_TIME =
      new SerializedString("startDateTime");
  private static final SerializedString NAME_END_DATE_TIME = new SerializedString("endDateTime");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
  private static final SerializedString NAME_MESSAGE = new SerializedString("message");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public MessageInfo {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageInfo}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Component display;
    private Integer id;
    private MessagePriorityEnum priority;
    private MessageStateEnum state;
    private Instant startDateTime;
    private Instant endDateTime;
    private String transactionId;
    private MessageContent message;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code display} (optional). */
    public Builder display(Component display) {
      this.display = display;
      return this;
    }

    /** Sets {@code id} (required). */
    public Builder id(int id) {
      this.id = id;
      return this;
    }

    /** Sets {@code priority} (required). */
    public Builder priority(MessagePriorityEnum priority) {
      this.priority = priority;
      return this;
    }

    /** Sets {@code state} (optional). */
    public Builder state(MessageStateEnum state) {
      this.state = state;
      return this;
    }

    /** Sets {@code startDateTime} (optional). */
    public Builder startDateTime(Instant startDateTime) {
      this.startDateTime = startDateTime;
      return this;
    }

    /** Sets {@code endDateTime} (optional). */
    public Builder endDateTime(Instant endDateTime) {
      this.endDateTime = endDateTime;
      return this;
    }

    /** Sets {@code transactionId} (optional). */
    public Builder transactionId(String transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets {@code message} (required). */
    public Builder message(MessageContent message) {
      this.message = message;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public MessageInfo build() {
      if (id == null) {
        throw new IllegalStateException("MessageInfo.id is required but was not set");
      }
      if (priority == null) {
        throw new IllegalStateException("MessageInfo.priority is required but was not set");
      }
      if (message == null) {
        throw new IllegalStateException("MessageInfo.message is required but was not set");
      }
      MessageInfo built =
          new MessageInfo(
              customData,
              display,
              id,
              priority,
              state,
              startDateTime,
              endDateTime,
              transactionId,
              message);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid MessageInfo: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<MessageInfo> {
    @Override
    public MessageInfo read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Component display = null;
      int id = 0;
      boolean hasId = false;
      MessagePriorityEnum priority = null;
      MessageStateEnum state = null;
      Instant startDateTime = null;
      Instant endDateTime = null;
      String transactionId = null;
      MessageContent message = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "display":
            display = Codecs.readObject(p, ctx, "display", Component.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "priority":
            priority = MessagePriorityEnum.read(p, ctx, "priority");
            break;
          case "state":
            state = MessageStateEnum.read(p, ctx, "state");
            break;
          case "startDateTime":
            startDateTime = Codecs.readInstant(p, ctx, "startDateTime");
            break;
          case "endDateTime":
            endDateTime = Codecs.readInstant(p, ctx, "endDateTime");
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          case "message":
            message = Codecs.readObject(p, ctx, "message", MessageContent.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      if (priority == null) {
        throw Codecs.missing("priority");
      }
      if (message == null) {
        throw Codecs.missing("message");
      }
      return new MessageInfo(
          customData,
          display,
          id,
          priority,
          state,
          startDateTime,
          endDateTime,
          transactionId,
          message);
    }

    @Override
    public void write(JsonGenerator g, MessageInfo value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.display() != null) {
        g.writeFieldName(NAME_DISPLAY);
        Component.CODEC.write(g, value.display());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      g.writeFieldName(NAME_PRIORITY);
      g.writeString(value.priority().wireValue());
      if (value.state() != null) {
        g.writeFieldName(NAME_STATE);
        g.writeString(value.state().wireValue());
      }
      if (value.startDateTime() != null) {
        g.writeFieldName(NAME_START_DATE_TIME);
        Codecs.writeInstant(g, value.startDateTime());
      }
      if (value.endDateTime() != null) {
        g.writeFieldName(NAME_END_DATE_TIME);
        Codecs.writeInstant(g, value.endDateTime());
      }
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeString(value.transactionId());
      }
      g.writeFieldName(NAME_MESSAGE);
      MessageContent.CODEC.write(g, value.message());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(MessageInfo value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "display", Component.CODEC, value.display());
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      Codecs.checkNested(out, "message", MessageContent.CODEC, value.message());
      return out;
    }
  }
}
