// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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

/**
 * The {@code BootNotification} request of OCPP 1.6, answered by {@link BootNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param chargePointVendor required; at most 20 characters
 * @param chargePointModel required; at most 20 characters
 * @param chargePointSerialNumber optional, null when absent; at most 25 characters
 * @param chargeBoxSerialNumber optional, null when absent; at most 25 characters
 * @param firmwareVersion optional, null when absent; at most 50 characters
 * @param iccid optional, null when absent; at most 20 characters
 * @param imsi optional, null when absent; at most 20 characters
 * @param meterType optional, null when absent; at most 25 characters
 * @param meterSerialNumber optional, null when absent; at most 25 characters
 */
public record BootNotificationRequest(
    String chargePointVendor,
    String chargePointModel,
    String chargePointSerialNumber,
    String chargeBoxSerialNumber,
    String firmwareVersion,
    String iccid,
    String imsi,
    String meterType,
    String meterSerialNumber)
    implements OcppRequest<BootNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<BootNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CHARGE_POINT_VENDOR =
      new SerializedString("chargePointVendor");
  private static final SerializedString NAME_CHARGE_POINT_MODEL =
      new SerializedString("chargePointModel");
  private static final SerializedString NAME_CHARGE_POINT_SERIAL_NUMBER =
      new SerializedString("chargePointSerialNumber");
  private static final SerializedString NAME_CHARGE_BOX_SERIAL_NUMBER =
      new SerializedString("chargeBoxSerialNumber");
  private static final SerializedString NAME_FIRMWARE_VERSION =
      new SerializedString("firmwareVersion");
  private static final SerializedString NAME_ICCID = new SerializedString("iccid");
  private static final SerializedString NAME_IMSI = new SerializedString("imsi");
  private static final SerializedString NAME_METER_TYPE = new SerializedString("meterType");
  private static final SerializedString NAME_METER_SERIAL_NUMBER =
      new SerializedString("meterSerialNumber");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public BootNotificationRequest {
    Objects.requireNonNull(chargePointVendor, "chargePointVendor");
    Objects.requireNonNull(chargePointModel, "chargePointModel");
  }

  /** The {@code BootNotification} action. */
  @Override
  public ActionType<BootNotificationRequest, BootNotificationResponse> actionType() {
    return V16Actions.BOOT_NOTIFICATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BootNotificationRequest}; not thread-safe. */
  public static final class Builder {
    private String chargePointVendor;
    private String chargePointModel;
    private String chargePointSerialNumber;
    private String chargeBoxSerialNumber;
    private String firmwareVersion;
    private String iccid;
    private String imsi;
    private String meterType;
    private String meterSerialNumber;

    private Builder() {}

    /** Sets {@code chargePointVendor} (required). */
    public Builder chargePointVendor(String chargePointVendor) {
      this.chargePointVendor = chargePointVendor;
      return this;
    }

    /** Sets {@code chargePointModel} (required). */
    public Builder chargePointModel(String chargePointModel) {
      this.chargePointModel = chargePointModel;
      return this;
    }

    /** Sets {@code chargePointSerialNumber} (optional). */
    public Builder chargePointSerialNumber(String chargePointSerialNumber) {
      this.chargePointSerialNumber = chargePointSerialNumber;
      return this;
    }

    /** Sets {@code chargeBoxSerialNumber} (optional). */
    public Builder chargeBoxSerialNumber(String chargeBoxSerialNumber) {
      this.chargeBoxSerialNumber = chargeBoxSerialNumber;
      return this;
    }

    /** Sets {@code firmwareVersion} (optional). */
    public Builder firmwareVersion(String firmwareVersion) {
      this.firmwareVersion = firmwareVersion;
      return this;
    }

    /** Sets {@code iccid} (optional). */
    public Builder iccid(String iccid) {
      this.iccid = iccid;
      return this;
    }

    /** Sets {@code imsi} (optional). */
    public Builder imsi(String imsi) {
      this.imsi = imsi;
      return this;
    }

    /** Sets {@code meterType} (optional). */
    public Builder meterType(String meterType) {
      this.meterType = meterType;
      return this;
    }

    /** Sets {@code meterSerialNumber} (optional). */
    public Builder meterSerialNumber(String meterSerialNumber) {
      this.meterSerialNumber = meterSerialNumber;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public BootNotificationRequest build() {
      if (chargePointVendor == null) {
        throw new IllegalStateException(
            "BootNotificationRequest.chargePointVendor is required but was not set");
      }
      if (chargePointModel == null) {
        throw new IllegalStateException(
            "BootNotificationRequest.chargePointModel is required but was not set");
      }
      BootNotificationRequest built =
          new BootNotificationRequest(
              chargePointVendor,
              chargePointModel,
              chargePointSerialNumber,
              chargeBoxSerialNumber,
              firmwareVersion,
              iccid,
              imsi,
              meterType,
              meterSerialNumber);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid BootNotificationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<BootNotificationRequest> {
    @Override
    public BootNotificationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String chargePointVendor = null;
      String chargePointModel = null;
      String chargePointSerialNumber = null;
      String chargeBoxSerialNumber = null;
      String firmwareVersion = null;
      String iccid = null;
      String imsi = null;
      String meterType = null;
      String meterSerialNumber = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "chargePointVendor":
            chargePointVendor = Codecs.readString(p, "chargePointVendor", 20);
            break;
          case "chargePointModel":
            chargePointModel = Codecs.readString(p, "chargePointModel", 20);
            break;
          case "chargePointSerialNumber":
            chargePointSerialNumber = Codecs.readString(p, "chargePointSerialNumber", 25);
            break;
          case "chargeBoxSerialNumber":
            chargeBoxSerialNumber = Codecs.readString(p, "chargeBoxSerialNumber", 25);
            break;
          case "firmwareVersion":
            firmwareVersion = Codecs.readString(p, "firmwareVersion", 50);
            break;
          case "iccid":
            iccid = Codecs.readString(p, "iccid", 20);
            break;
          case "imsi":
            imsi = Codecs.readString(p, "imsi", 20);
            break;
          case "meterType":
            meterType = Codecs.readString(p, "meterType", 25);
            break;
          case "meterSerialNumber":
            meterSerialNumber = Codecs.readString(p, "meterSerialNumber", 25);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargePointVendor == null) {
        throw Codecs.missing("chargePointVendor");
      }
      if (chargePointModel == null) {
        throw Codecs.missing("chargePointModel");
      }
      return new BootNotificationRequest(
          chargePointVendor,
          chargePointModel,
          chargePointSerialNumber,
          chargeBoxSerialNumber,
          firmwareVersion,
          iccid,
          imsi,
          meterType,
          meterSerialNumber);
    }

    @Override
    public void write(JsonGenerator g, BootNotificationRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CHARGE_POINT_VENDOR);
      g.writeString(value.chargePointVendor());
      g.writeFieldName(NAME_CHARGE_POINT_MODEL);
      g.writeString(value.chargePointModel());
      if (value.chargePointSerialNumber() != null) {
        g.writeFieldName(NAME_CHARGE_POINT_SERIAL_NUMBER);
        g.writeString(value.chargePointSerialNumber());
      }
      if (value.chargeBoxSerialNumber() != null) {
        g.writeFieldName(NAME_CHARGE_BOX_SERIAL_NUMBER);
        g.writeString(value.chargeBoxSerialNumber());
      }
      if (value.firmwareVersion() != null) {
        g.writeFieldName(NAME_FIRMWARE_VERSION);
        g.writeString(value.firmwareVersion());
      }
      if (value.iccid() != null) {
        g.writeFieldName(NAME_ICCID);
        g.writeString(value.iccid());
      }
      if (value.imsi() != null) {
        g.writeFieldName(NAME_IMSI);
        g.writeString(value.imsi());
      }
      if (value.meterType() != null) {
        g.writeFieldName(NAME_METER_TYPE);
        g.writeString(value.meterType());
      }
      if (value.meterSerialNumber() != null) {
        g.writeFieldName(NAME_METER_SERIAL_NUMBER);
        g.writeString(value.meterSerialNumber());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(BootNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "chargePointVendor", value.chargePointVendor(), 20);
      Codecs.checkLength(out, "chargePointModel", value.chargePointModel(), 20);
      Codecs.checkLength(out, "chargePointSerialNumber", value.chargePointSerialNumber(), 25);
      Codecs.checkLength(out, "chargeBoxSerialNumber", value.chargeBoxSerialNumber(), 25);
      Codecs.checkLength(out, "firmwareVersion", value.firmwareVersion(), 50);
      Codecs.checkLength(out, "iccid", value.iccid(), 20);
      Codecs.checkLength(out, "imsi", value.imsi(), 20);
      Codecs.checkLength(out, "meterType", value.meterType(), 25);
      Codecs.checkLength(out, "meterSerialNumber", value.meterSerialNumber(), 25);
      return out;
    }
  }
}
