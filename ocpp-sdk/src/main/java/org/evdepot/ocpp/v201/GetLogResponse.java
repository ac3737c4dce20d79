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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetLog} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. This field indicates whether the Charging Station was able to accept
 *     the request.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param filename optional, null when absent; at most 255 characters. This contains the name of
 *     the log file that will be uploaded. This field is not present when no logging information is
 *     available.
 */
public record GetLogResponse(
    CustomData customData,
    LogStatusEnum status,
    StatusInfo statusInfo,
    String filename)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetLogResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_FILENAME = new SerializedString("filename");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetLogResponse {
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetLogResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private LogStatusEnum status;
    private StatusInfo statusInfo;
    private String filename;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(LogStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code filename} (optional). */
    public Builder filename(String filename) {
      this.filename = filename;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetLogResponse build() {
      if (status == null) {
        throw new IllegalStateException("GetLogResponse.status is required but was not set");
      }
      GetLogResponse built = new GetLogResponse(customData, status, statusInfo, filename);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetLogResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetLogResponse> {
    @Override
    public GetLogResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      LogStatusEnum status = null;
      StatusInfo statusInfo = null;
      String filename = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = LogStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "filename":
            filename = Codecs.readString(p, "filename", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new GetLogResponse(customData, status, statusInfo, filename);
    }

    @Override
    public void write(JsonGenerator g, GetLogResponse value) throws IOException {
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
      if (value.filename() != null) {
        g.writeFieldName(NAME_FILENAME);
        g.writeString(value.filename());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetLogResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      Codecs.checkLength(out, "filename", value.filename(), 255);
      return out;
    }
  }
}
