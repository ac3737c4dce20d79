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
 * The physical system where an Electrical Vehicle (EV) can be charged.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param serialNumber optional, null when absent; at most 25 characters. Vendor-specific device
 *     identifier.
 * @param model required; at most 20 characters. Defines the model of the device.
 * @param modem optional, null when absent. Defines parameters required for initiating and
 *     maintaining wireless communication with other devices.
 * @param vendorName required; at most 50 characters. Identifies the vendor (not necessarily in
 *     a unique manner).
 * @param firmwareVersion optional, null when absent; at most 50 characters. This contains the
 *     firmware version of the Charging Station.
 */
public record ChargingStation(
    CustomData customData,
    String serialNumber,
    String model,
    Modem modem,
    String vendorName,
    String firmwareVersion) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingStation> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SERIAL_NUMBER = new SerializedString("serialNumber");
  private static final SerializedString NAME_MODEL = new SerializedString("model");
  private static final SerializedString NAME_MODEM = new SerializedString("modem");
  private static final SerializedString NAME_VENDOR_NAME = new SerializedString("vendorName");
  private static final SerializedString NAME_FIRMWARE_VERSION =
      new SerializedString("firmwareVersion");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingStation {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(vendorName, "vendorName");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingStation}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String serialNumber;
    private String model;
    private Modem modem;
    private String vendorName;
    private String firmwareVersion;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code serialNumber} (optional). */
    public Builder serialNumber(String serialNumber) {
      this.serialNumber = serialNumber;
      return this;
    }

    /** Sets {@code model} (required). */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets {@code modem} (optional). */
    public Builder modem(Modem modem) {
      this.modem = modem;
      return this;
    }

    /** Sets {@code vendorName} (required). */
    public Builder vendorName(String vendorName) {
      this.vendorName = vendorName;
      return this;
    }

    /** Sets {@code firmwareVersion} (optional). */
    public Builder firmwareVersion(String firmwareVersion) {
      this.firmwareVersion = firmwareVersion;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingStation build() {
      if (model == null) {
        throw new IllegalStateException("ChargingStation.model is required but was not set");
      }
      if (vendorName == null) {
        throw new IllegalStateException("ChargingStation.vendorName is required but was not set");
      }
      ChargingStation built =
          new ChargingStation(customData, serialNumber, model, modem, vendorName, firmwareVersion);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingStation: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingStation> {
    @Override
    public ChargingStation read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String serialNumber = null;
      String model = null;
      Modem modem = null;
      String vendorName = null;
      String firmwareVersion = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "serialNumber":
            serialNumber = Codecs.readString(p, "serialNumber", 25);
            break;
          case "model":
            model = Codecs.readString(p, "model", 20);
            break;
          case "modem":
            modem = Codecs.readObject(p, ctx, "modem", Modem.CODEC);
            break;
          case "vendorName":
            vendorName = Codecs.readString(p, "vendorName", 50);
            break;
          case "firmwareVersion":
            firmwareVersion = Codecs.readString(p, "firmwareVersion", 50);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (model == null) {
        throw Codecs.missing("model");
      }
      if (vendorName == null) {
        throw Codecs.missing("vendorName");
      }
      return new ChargingStation(
          customData, serialNumber, model, modem, vendorName, firmwareVersion);
    }

    @Override
    public void write(JsonGenerator g, ChargingStation value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.serialNumber() != null) {
        g.writeFieldName(NAME_SERIAL_NUMBER);
        g.writeString(value.serialNumber());
      }
      g.writeFieldName(NAME_MODEL);
      g.writeString(value.model());
      if (value.modem() != null) {
        g.writeFieldName(NAME_MODEM);
        Modem.CODEC.write(g, value.modem());
      }
      g.writeFieldName(NAME_VENDOR_NAME);
      g.writeString(value.vendorName());
      if (value.firmwareVersion() != null) {
        g.writeFieldName(NAME_FIRMWARE_VERSION);
        g.writeString(value.firmwareVersion());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingStation value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "serialNumber", value.serialNumber(), 25);
      Codecs.checkLength(out, "model", value.model(), 20);
      Codecs.checkNested(out, "modem", Modem.CODEC, value.modem());
      Codecs.checkLength(out, "vendorName", value.vendorName(), 50);
      Codecs.checkLength(out, "firmwareVersion", value.firmwareVersion(), 50);
      return out;
    }
  }
}
