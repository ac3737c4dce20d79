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
 * APN Collection of configuration data needed to make a data-connection over a cellular network.
 * NOTE: When asking a GSM modem to dial in, it is possible to specify which mobile operator should
 * be used. This can be done with the mobile country code (MCC) in combination with a mobile network
 * code (MNC). Example: If your preferred network is Vodafone Netherlands, the MCC=204 and the
 * MNC=04 which means the key PreferredNetwork = 20404 Some modems allows to specify a preferred
 * network, which means, if this network is not available, a different network is used. If you
 * specify UseOnlyPreferredNetwork and this network is not available, the modem will not dial in.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param apn required; at most 512 characters. The Access Point Name as an URL.
 * @param apnUserName optional, null when absent; at most 20 characters. APN username.
 * @param apnPassword optional, null when absent; at most 20 characters. APN Password.
 * @param simPin optional, null when absent. SIM card pin code.
 * @param preferredNetwork optional, null when absent; at most 6 characters. Preferred network,
 *     written as MCC and MNC concatenated. See note.
 * @param useOnlyPreferredNetwork optional, null when absent (the schema's default {@code false}
 *     is not filled in). Default: false. Use only the preferred Network, do not dial in when not
 *     available. See Note.
 * @param apnAuthentication required. Authentication method.
 */
public record APN(
    CustomData customData,
    String apn,
    String apnUserName,
    String apnPassword,
    Integer simPin,
    String preferredNetwork,
    Boolean useOnlyPreferredNetwork,
    APNAuthenticationEnum apnAuthentication) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<APN> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_APN = new SerializedString("apn");
  private static final SerializedString NAME_APN_USER_NAME = new SerializedString("apnUserName");
  private static final SerializedString NAME_APN_PASSWORD = new SerializedString("apnPassword");
  private static final SerializedString NAME_SIM_PIN = new SerializedString("simPin");
  private static final SerializedString NAME_PREFERRED_NETWORK =
      new SerializedString("preferredNetwork");
  private static final SerializedString NAME_USE_ONLY_PREFERRED_NETWORK =
      new SerializedString("useOnlyPreferredNetwork");
  private static final SerializedString NAME_APN_AUTHENTICATION =
      new SerializedString("apnAuthentication");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public APN {
    Objects.requireNonNull(apn, "apn");
    Objects.requireNonNull(apnAuthentication, "apnAuthentication");
  }

  /** Like the default record string, but passwords are masked so that logs never hold them. */
  @Override
  public String toString() {
    return "APN["
        + "customData=" + customData
        + ", apn=" + apn
        + ", apnUserName=" + apnUserName
        + ", apnPassword=" + (apnPassword == null ? "null" : "****")
        + ", simPin=" + simPin
        + ", preferredNetwork=" + preferredNetwork
        + ", useOnlyPreferredNetwork=" + useOnlyPreferredNetwork
        + ", apnAuthentication=" + apnAuthentication
        + "]";
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link APN}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String apn;
    private String apnUserName;
    private String apnPassword;
    private Integer simPin;
    private String preferredNetwork;
    private Boolean useOnlyPreferredNetwork;
    private APNAuthenticationEnum apnAuthentication;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code apn} (required). */
    public Builder apn(String apn) {
      this.apn = apn;
      return this;
    }

    /** Sets {@code apnUserName} (optional). */
    public Builder apnUserName(String apnUserName) {
      this.apnUserName = apnUserName;
      return this;
    }

    /** Sets {@code apnPassword} (optional). */
    public Builder apnPassword(String apnPassword) {
      this.apnPassword = apnPassword;
      return this;
    }

    /** Sets {@code simPin} (optional). */
    public Builder simPin(Integer simPin) {
      this.simPin = simPin;
      return this;
    }

    /** Sets {@code preferredNetwork} (optional). */
    public Builder preferredNetwork(String preferredNetwork) {
      this.preferredNetwork = preferredNetwork;
      return this;
    }

    /** Sets {@code useOnlyPreferredNetwork} (optional). */
    public Builder useOnlyPreferredNetwork(Boolean useOnlyPreferredNetwork) {
      this.useOnlyPreferredNetwork = useOnlyPreferredNetwork;
      return this;
    }

    /** Sets {@code apnAuthentication} (required). */
    public Builder apnAuthentication(APNAuthenticationEnum apnAuthentication) {
      this.apnAuthentication = apnAuthentication;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public APN build() {
      if (apn == null) {
        throw new IllegalStateException("APN.apn is required but was not set");
      }
      if (apnAuthentication == null) {
        throw new IllegalStateException("APN.apnAuthentication is required but was not set");
      }
      APN built =
          new APN(
              customData,
              apn,
              apnUserName,
              apnPassword,
              simPin,
              preferredNetwork,
              useOnlyPreferredNetwork,
              apnAuthentication);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid APN: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<APN> {
    @Override
    public APN read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String apn = null;
      String apnUserName = null;
      String apnPassword = null;
      Integer simPin = null;
      String preferredNetwork = null;
      Boolean useOnlyPreferredNetwork = null;
      APNAuthenticationEnum apnAuthentication = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "apn":
            apn = Codecs.readString(p, "apn", 512);
            break;
          case "apnUserName":
            apnUserName = Codecs.readString(p, "apnUserName", 20);
            break;
          case "apnPassword":
            apnPassword = Codecs.readString(p, "apnPassword", 20);
            break;
          case "simPin":
            simPin = Codecs.readInt(p, "simPin");
            break;
          case "preferredNetwork":
            preferredNetwork = Codecs.readString(p, "preferredNetwork", 6);
            break;
          case "useOnlyPreferredNetwork":
            useOnlyPreferredNetwork = Codecs.readBoolean(p, "useOnlyPreferredNetwork");
            break;
          case "apnAuthentication":
            apnAuthentication = APNAuthenticationEnum.read(p, ctx, "apnAuthentication");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (apn == null) {
        throw Codecs.missing("apn");
      }
      if (apnAuthentication == null) {
        throw Codecs.missing("apnAuthentication");
      }
      return new APN(
          customData,
          apn,
          apnUserName,
          apnPassword,
          simPin,
          preferredNetwork,
          useOnlyPreferredNetwork,
          apnAuthentication);
    }

    @Override
    public void write(JsonGenerator g, APN value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_APN);
      g.writeString(value.apn());
      if (value.apnUserName() != null) {
        g.writeFieldName(NAME_APN_USER_NAME);
        g.writeString(value.apnUserName());
      }
      if (value.apnPassword() != null) {
        g.writeFieldName(NAME_APN_PASSWORD);
        g.writeString(value.apnPassword());
      }
      if (value.simPin() != null) {
        g.writeFieldName(NAME_SIM_PIN);
        g.writeNumber(value.simPin());
      }
      if (value.preferredNetwork() != null) {
        g.writeFieldName(NAME_PREFERRED_NETWORK);
        g.writeString(value.preferredNetwork());
      }
      if (value.useOnlyPreferredNetwork() != null) {
        g.writeFieldName(NAME_USE_ONLY_PREFERRED_NETWORK);
        g.writeBoolean(value.useOnlyPreferredNetwork());
      }
      g.writeFieldName(NAME_APN_AUTHENTICATION);
      g.writeString(value.apnAuthentication().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(APN value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "apn", value.apn(), 512);
      Codecs.checkLength(out, "apnUserName", value.apnUserName(), 20);
      Codecs.checkLength(out, "apnPassword", value.apnPassword(), 20);
      Codecs.checkLength(out, "preferredNetwork", value.preferredNetwork(), 6);
      return out;
    }
  }
}
