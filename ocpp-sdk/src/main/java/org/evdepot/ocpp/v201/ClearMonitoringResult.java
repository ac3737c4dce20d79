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
 * OCPP 2.0.1 type {@code ClearMonitoringResult}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. Result of the clear request for this monitor, identified by its Id.
 * @param id required. Id of the monitor of which a clear was requested.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 */
public record ClearMonitoringResult(
    CustomData customData,
    ClearMonitoringStatusEnum status,
    int id,
    StatusInfo statusInfo) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearMonitoringResult> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ClearMonitoringResult {
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearMonitoringResult}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private ClearMonitoringStatusEnum status;
    private Integer id;
    private StatusInfo statusInfo;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(ClearMonitoringStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code id} (required). */
    public Builder id(int id) {
      this.id = id;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ClearMonitoringResult build() {
      if (status == null) {
        throw new IllegalStateException("ClearMonitoringResult.status is required but was not set");
      }
      if (id == null) {
        throw new IllegalStateException("ClearMonitoringResult.id is required but was not set");
      }
      ClearMonitoringResult built = new ClearMonitoringResult(customData, status, id, statusInfo);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ClearMonitoringResult: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ClearMonitoringResult> {
    @Override
    public ClearMonitoringResult read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ClearMonitoringStatusEnum status = null;
      int id = 0;
      boolean hasId = false;
      StatusInfo statusInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = ClearMonitoringStatusEnum.read(p, ctx, "status");
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      return new ClearMonitoringResult(customData, status, id, statusInfo);
    }

    @Override
    public void write(JsonGenerator g, ClearMonitoringResult value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      if (value.statusInfo() != null) {
        g.writeFieldName(NAME_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.statusInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearMonitoringResult value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      return out;
    }
  }
}
