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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.JsonTrees;

/**
 * The {@code DataTransfer} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. This indicates the success or failure of the data transfer.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param data optional, null when absent; any JSON value. Data without specified length or
 *     format, in response to request.
 */
public record DataTransferResponse(
    CustomData customData,
    DataTransferStatusEnum status,
    StatusInfo statusInfo,
    JsonNode data)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DataTransferResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_DATA = new SerializedString("data");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public DataTransferResponse {
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataTransferResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private DataTransferStatusEnum status;
    private StatusInfo statusInfo;
    private JsonNode data;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(DataTransferStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code data} (optional). */
    public Builder data(JsonNode data) {
      this.data = data;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public DataTransferResponse build() {
      if (status == null) {
        throw new IllegalStateException("DataTransferResponse.status is required but was not set");
      }
      DataTransferResponse built = new DataTransferResponse(customData, status, statusInfo, data);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid DataTransferResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<DataTransferResponse> {
    @Override
    public DataTransferResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      DataTransferStatusEnum status = null;
      StatusInfo statusInfo = null;
      JsonNode data = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = DataTransferStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "data":
            data = JsonTrees.read(p);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new DataTransferResponse(customData, status, statusInfo, data);
    }

    @Override
    public void write(JsonGenerator g, DataTransferResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.statusInfo() != null) {
        g.writeFieldName(NAME_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.statusInfo());
      }
      if (value.data() != null) {
        g.writeFieldName(NAME_DATA);
        JsonTrees.write(g, value.data());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DataTransferResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      return out;
    }
  }
}
