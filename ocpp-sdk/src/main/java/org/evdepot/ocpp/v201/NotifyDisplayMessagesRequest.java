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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code NotifyDisplayMessages} request of OCPP 2.0.1, answered by {@link
 * NotifyDisplayMessagesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param messageInfo optional, null when absent; at least 1 item
 * @param requestId required. The id of the GetDisplayMessagesRequest that requested this
 *     message.
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     "to be continued" indicator. Indicates whether another part of the report follows in an
 *     upcoming NotifyDisplayMessagesRequest message. Default value when omitted is false.
 */
public record NotifyDisplayMessagesRequest(
    CustomData customData,
    List<MessageInfo> messageInfo,
    int requestId,
    Boolean tbc)
    implements OcppRequest<NotifyDisplayMessagesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyDisplayMessagesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MESSAGE_INFO = new SerializedString("messageInfo");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyDisplayMessagesRequest {
    messageInfo = messageInfo == null ? null : List.copyOf(messageInfo);
  }

  /** The {@code NotifyDisplayMessages} action. */
  @Override
  public ActionType<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse> actionType() {
    return V201Actions.NOTIFY_DISPLAY_MESSAGES;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyDisplayMessagesRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<MessageInfo> messageInfo;
    private Integer requestId;
    private Boolean tbc;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code messageInfo} (optional). */
    public Builder messageInfo(List<MessageInfo> messageInfo) {
      this.messageInfo = messageInfo;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code tbc} (optional). */
    public Builder tbc(Boolean tbc) {
      this.tbc = tbc;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyDisplayMessagesRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "NotifyDisplayMessagesRequest.requestId is required but was not set");
      }
      NotifyDisplayMessagesRequest built =
          new NotifyDisplayMessagesRequest(customData, messageInfo, requestId, tbc);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyDisplayMessagesRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyDisplayMessagesRequest> {
    private static final ElementReader<MessageInfo> ITEM_MESSAGE_INFO =
        (p, ctx) -> Codecs.readObject(p, ctx, "", MessageInfo.CODEC);

    @Override
    public NotifyDisplayMessagesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<MessageInfo> messageInfo = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Boolean tbc = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "messageInfo":
            messageInfo = Codecs.readList(p, ctx, "messageInfo", 1, -1, ITEM_MESSAGE_INFO);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "tbc":
            tbc = Codecs.readBoolean(p, "tbc");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new NotifyDisplayMessagesRequest(customData, messageInfo, requestId, tbc);
    }

    @Override
    public void write(JsonGenerator g, NotifyDisplayMessagesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.messageInfo() != null) {
        g.writeFieldName(NAME_MESSAGE_INFO);
        g.writeStartArray();
        for (MessageInfo item : value.messageInfo()) {
          MessageInfo.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyDisplayMessagesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "messageInfo", value.messageInfo(), 1, -1);
      Codecs.checkNestedList(out, "messageInfo", MessageInfo.CODEC, value.messageInfo());
      return out;
    }
  }
}
