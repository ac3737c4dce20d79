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
 * The {@code GetDisplayMessages} request of OCPP 2.0.1, answered by {@link
 * GetDisplayMessagesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id optional, null when absent; at least 1 item. If provided the Charging Station shall
 *     return Display Messages of the given ids. This field SHALL NOT contain more ids than set in
 *     NumberOfDisplayMessages.maxLimit
 * @param requestId required. The Id of this request.
 * @param priority optional, null when absent. If provided the Charging Station shall return
 *     Display Messages with the given priority only.
 * @param state optional, null when absent. If provided the Charging Station shall return
 *     Display Messages with the given state only.
 */
public record GetDisplayMessagesRequest(
    CustomData customData,
    List<Integer> id,
    int requestId,
    MessagePriorityEnum priority,
    MessageStateEnum state)
    implements OcppRequest<GetDisplayMessagesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetDisplayMessagesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_PRIORITY = new SerializedString("priority");
  private static final SerializedString NAME_STATE = new SerializedString("state");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetDisplayMessagesRequest {
    id = id == null ? null : List.copyOf(id);
  }

  /** The {@code GetDisplayMessages} action. */
  @Override
  public ActionType<GetDisplayMessagesRequest, GetDisplayMessagesResponse> actionType() {
    return V201Actions.GET_DISPLAY_MESSAGES;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDisplayMessagesRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<Integer> id;
    private Integer requestId;
    private MessagePriorityEnum priority;
    private MessageStateEnum state;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code id} (optional). */
    public Builder id(List<Integer> id) {
      this.id = id;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code priority} (optional). */
    public Builder priority(MessagePriorityEnum priority) {
      this.priority = priority;
      return this;
    }

    /** Sets {@code state} (optional). */
    public Builder state(MessageStateEnum state) {
      this.state = state;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetDisplayMessagesRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "GetDisplayMessagesRequest.requestId is required but was not set");
      }
      GetDisplayMessagesRequest built =
          new GetDisplayMessagesRequest(customData, id, requestId, priority, state);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetDisplayMessagesRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetDisplayMessagesRequest> {
    private static final ElementReader<Integer> ITEM_ID =
        (p, ctx) -> Codecs.readInt(p, "");

    @Override
    public GetDisplayMessagesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<Integer> id = null;
      int requestId = 0;
      boolean hasRequestId = false;
      MessagePriorityEnum priority = null;
      MessageStateEnum state = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readList(p, ctx, "id", 1, -1, ITEM_ID);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "priority":
            priority = MessagePriorityEnum.read(p, ctx, "priority");
            break;
          case "state":
            state = MessageStateEnum.read(p, ctx, "state");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new GetDisplayMessagesRequest(customData, id, requestId, priority, state);
    }

    @Override
    public void write(JsonGenerator g, GetDisplayMessagesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.id() != null) {
        g.writeFieldName(NAME_ID);
        g.writeStartArray();
        for (Integer item : value.id()) {
          g.writeNumber(item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.priority() != null) {
        g.writeFieldName(NAME_PRIORITY);
        g.writeString(value.priority().wireValue());
      }
      if (value.state() != null) {
        g.writeFieldName(NAME_STATE);
        g.writeString(value.state().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetDisplayMessagesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "id", value.id(), 1, -1);
      return out;
    }
  }
}
