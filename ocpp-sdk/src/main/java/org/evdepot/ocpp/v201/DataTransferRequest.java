// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.evdepot.ocpp.internal.codec.JsonTrees;

/**
 * The {@code DataTransfer} request of OCPP 2.0.1, answered by {@link DataTransferResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param messageId optional, null when absent; at most 50 characters. May be used to indicate a
 *     specific message or implementation.
 * @param data optional, null when absent; any JSON value. Data without specified length or
 *     format. This needs to be decided by both parties (Open to implementation).
 * @param vendorId required; at most 255 characters. This identifies the Vendor specific
 *     implementation
 */
public record DataTransferRequest(
    CustomData customData,
    String messageId,
    JsonNode data,
    String vendorId)
    implements OcppRequest<DataTransferResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DataTransferRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_MESSAGE_ID = new SerializedString("messageId");
  private static final SerializedString NAME_DATA = new SerializedString("data");
  private static final SerializedString NAME_VENDOR_ID = new SerializedString("vendorId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public DataTransferRequest {
    Objects.requireNonNull(vendorId, "vendorId");
  }

  /** The {@code DataTransfer} action. */
  @Override
  public ActionType<DataTransferRequest, DataTransferResponse> actionType() {
    return V201Actions.DATA_TRANSFER;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataTransferRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String messageId;
    private JsonNode data;
    private String vendorId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code messageId} (optional). */
    public Builder messageId(String messageId) {
      this.messageId = messageId;
      return this;
    }

    /** Sets {@code data} (optional). */
    public Builder data(JsonNode data) {
      this.data = data;
      return this;
    }

    /** Sets {@code vendorId} (required). */
    public Builder vendorId(String vendorId) {
      this.vendorId = vendorId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public DataTransferRequest build() {
      if (vendorId == null) {
        throw new IllegalStateException("DataTransferRequest.vendorId is required but was not set");
      }
      DataTransferRequest built = new DataTransferRequest(customData, messageId, data, vendorId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid DataTransferRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<DataTransferRequest> {
    @Override
    public DataTransferRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String messageId = null;
      JsonNode data = null;
      String vendorId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "messageId":
            messageId = Codecs.readString(p, "messageId", 50);
            break;
          case "data":
            data = JsonTrees.read(p);
            break;
          case "vendorId":
            vendorId = Codecs.readString(p, "vendorId", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (vendorId == null) {
        throw Codecs.missing("vendorId");
      }
      return new DataTransferRequest(customData, messageId, data, vendorId);
    }

    @Override
    public void write(JsonGenerator g, DataTransferRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.messageId() != null) {
        g.writeFieldName(NAME_MESSAGE_ID);
        g.writeString(value.messageId());
      }
      if (value.data() != null) {
        g.writeFieldName(NAME_DATA);
        JsonTrees.write(g, value.data());
      }
      g.writeFieldName(NAME_VENDOR_ID);
      g.writeString(value.vendorId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DataTransferRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "messageId", value.messageId(), 50);
      Codecs.checkLength(out, "vendorId", value.vendorId(), 255);
      return out;
    }
  }
}
