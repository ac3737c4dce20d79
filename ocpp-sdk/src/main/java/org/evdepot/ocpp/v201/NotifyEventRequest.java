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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code NotifyEvent} request of OCPP 2.0.1, answered by {@link NotifyEventResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param generatedAt required; written as UTC with at most millisecond precision. Timestamp of
 *     the moment this message was generated at the Charging Station.
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     “to be continued” indicator. Indicates whether another part of the report follows in an
 *     upcoming notifyEventRequest message. Default value when omitted is false.
 * @param seqNo required. Sequence number of this message. First message starts at 0.
 * @param eventData required; at least 1 item
 */
public record NotifyEventRequest(
    CustomData customData,
    Instant generatedAt,
    Boolean tbc,
    int seqNo,
    List<EventData> eventData)
    implements OcppRequest<NotifyEventResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyEventRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_GENERATED_AT = new SerializedString("generatedAt");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");
  private static final SerializedString NAME_SEQ_NO = new SerializedString("seqNo");
  private static final SerializedString NAME_EVENT_DATA = new SerializedString("eventData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyEventRequest {
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(eventData, "eventData");
    eventData = List.copyOf(eventData);
  }

  /** The {@code NotifyEvent} action. */
  @Override
  public ActionType<NotifyEventRequest, NotifyEventResponse> actionType() {
    return V201Actions.NOTIFY_EVENT;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyEventRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Instant generatedAt;
    private Boolean tbc;
    private Integer seqNo;
    private List<EventData> eventData;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code generatedAt} (required). */
    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = generatedAt;
      return this;
    }

    /** Sets {@code tbc} (optional). */
    public Builder tbc(Boolean tbc) {
      this.tbc = tbc;
      return this;
    }

    /** Sets {@code seqNo} (required). */
    public Builder seqNo(int seqNo) {
      this.seqNo = seqNo;
      return this;
    }

    /** Sets {@code eventData} (required). */
    public Builder eventData(List<EventData> eventData) {
      this.eventData = eventData;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NotifyEventRequest build() {
      if (generatedAt == null) {
        throw new IllegalStateException(
            "NotifyEventRequest.generatedAt is required but was not set");
      }
      if (seqNo == null) {
        throw new IllegalStateException("NotifyEventRequest.seqNo is required but was not set");
      }
      if (eventData == null) {
        throw new IllegalStateException("NotifyEventRequest.eventData is required but was not set");
      }
      NotifyEventRequest built =
          new NotifyEventRequest(customData, generatedAt, tbc, seqNo, eventData);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NotifyEventRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyEventRequest> {
    private static final ElementReader<EventData> ITEM_EVENT_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", EventData.CODEC);

    @Override
    public NotifyEventRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Instant generatedAt = null;
      Boolean tbc = null;
      int seqNo = 0;
      boolean hasSeqNo = false;
      List<EventData> eventData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "generatedAt":
            generatedAt = Codecs.readInstant(p, ctx, "generatedAt");
            break;
          case "tbc":
            tbc = Codecs.readBoolean(p, "tbc");
            break;
          case "seqNo":
            seqNo = Codecs.readInt(p, "seqNo");
            hasSeqNo = true;
            break;
          case "eventData":
            eventData = Codecs.readList(p, ctx, "eventData", 1, -1, ITEM_EVENT_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (generatedAt == null) {
        throw Codecs.missing("generatedAt");
      }
      if (!hasSeqNo) {
        throw Codecs.missing("seqNo");
      }
      if (eventData == null) {
        throw Codecs.missing("eventData");
      }
      return new NotifyEventRequest(customData, generatedAt, tbc, seqNo, eventData);
    }

    @Override
    public void write(JsonGenerator g, NotifyEventRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_GENERATED_AT);
      Codecs.writeInstant(g, value.generatedAt());
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeFieldName(NAME_SEQ_NO);
      g.writeNumber(value.seqNo());
      g.writeFieldName(NAME_EVENT_DATA);
      g.writeStartArray();
      for (EventData item : value.eventData()) {
        EventData.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyEventRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "eventData", value.eventData(), 1, -1);
      Codecs.checkNestedList(out, "eventData", EventData.CODEC, value.eventData());
      return out;
    }
  }
}
