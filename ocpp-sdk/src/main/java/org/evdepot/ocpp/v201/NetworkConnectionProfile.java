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
 * The NetworkConnectionProfile defines the functional and technical parameters of a communication
 * link.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param apn optional, null when absent. APN Collection of configuration data needed to make a
 *     data-connection over a cellular network. NOTE: When asking a GSM modem to dial in, it is
 *     possible to specify which mobile operator should be used. This can be done with the mobile
 *     country code (MCC) in combination with a mobile network code (MNC). Example: If your
 *     preferred network is Vodafone Netherlands, the MCC=204 and the MNC=04 which means the key
 *     PreferredNetwork = 20404 Some modems allows to specify a preferred network, which means, if
 *     this network is not available, a different network is used. If you specify
 *     UseOnlyPreferredNetwork and this network is not available, the modem will not dial in.
 * @param ocppVersion required. Defines the OCPP version used for this communication function.
 * @param ocppTransport required. Defines the transport protocol (e.g. SOAP or JSON). Note: SOAP
 *     is not supported in OCPP 2.0, but is supported by other versions of OCPP.
 * @param ocppCsmsUrl required; at most 512 characters. URL of the CSMS(s) that this Charging
 *     Station communicates with.
 * @param messageTimeout required. Duration in seconds before a message send by the Charging
 *     Station via this network connection times-out. The best setting depends on the underlying
 *     network and response times of the CSMS. If you are looking for a some guideline: use 30
 *     seconds as a starting point.
 * @param securityProfile required. This field specifies the security profile used when
 *     connecting to the CSMS with this NetworkConnectionProfile.
 * @param ocppInterface required. Applicable Network Interface.
 * @param vpn optional, null when absent. VPN VPN Configuration settings
 */
public record NetworkConnectionProfile(
    CustomData customData,
    APN apn,
    OCPPVersionEnum ocppVersion,
    OCPPTransportEnum ocppTransport,
    String ocppCsmsUrl,
    int messageTimeout,
    int securityProfile,
    OCPPInterfaceEnum ocppInterface,
    VPN vpn) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NetworkConnectionProfile> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_APN = new SerializedString("apn");
  private static final SerializedString NAME_OCPP_VERSION = new SerializedString("ocppVersion");
  private static final SerializedString NAME_OCPP_TRANSPORT = new SerializedString("ocppTransport");
  private static final SerializedString NAME_OCPP_CSMS_URL = new SerializedString("ocppCsmsUrl");
  private static final SerializedString NAME_MESSAGE_TIMEOUT =
      new SerializedString("messageTimeout");
  private static final SerializedString NAME_SECURITY_PROFILE =
      new SerializedString("securityProfile");
  private static final SerializedString NAME_OCPP_INTERFACE = new SerializedString("ocppInterface");
  private static final SerializedString NAME_VPN = new SerializedString("vpn");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NetworkConnectionProfile {
    Objects.requireNonNull(ocppVersion, "ocppVersion");
    Objects.requireNonNull(ocppTransport, "ocppTransport");
    Objects.requireNonNull(ocppCsmsUrl, "ocppCsmsUrl");
    Objects.requireNonNull(ocppInterface, "ocppInterface");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkConnectionProfile}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private APN apn;
    private OCPPVersionEnum ocppVersion;
    private OCPPTransportEnum ocppTransport;
    private String ocppCsmsUrl;
    private Integer messageTimeout;
    private Integer securityProfile;
    private OCPPInterfaceEnum ocppInterface;
    private VPN vpn;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code apn} (optional). */
    public Builder apn(APN apn) {
      this.apn = apn;
      return this;
    }

    /** Sets {@code ocppVersion} (required). */
    public Builder ocppVersion(OCPPVersionEnum ocppVersion) {
      this.ocppVersion = ocppVersion;
      return this;
    }

    /** Sets {@code ocppTransport} (required). */
    public Builder ocppTransport(OCPPTransportEnum ocppTransport) {
      this.ocppTransport = ocppTransport;
      return this;
    }

    /** Sets {@code ocppCsmsUrl} (required). */
    public Builder ocppCsmsUrl(String ocppCsmsUrl) {
      this.ocppCsmsUrl = ocppCsmsUrl;
      return this;
    }

    /** Sets {@code messageTimeout} (required). */
    public Builder messageTimeout(int messageTimeout) {
      this.messageTimeout = messageTimeout;
      return this;
    }

    /** Sets {@code securityProfile} (required). */
    public Builder securityProfile(int securityProfile) {
      this.securityProfile = securityProfile;
      return this;
    }

    /** Sets {@code ocppInterface} (required). */
    public Builder ocppInterface(OCPPInterfaceEnum ocppInterface) {
      this.ocppInterface = ocppInterface;
      return this;
    }

    /** Sets {@code vpn} (optional). */
    public Builder vpn(VPN vpn) {
      this.vpn = vpn;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public NetworkConnectionProfile build() {
      if (ocppVersion == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.ocppVersion is required but was not set");
      }
      if (ocppTransport == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.ocppTransport is required but was not set");
      }
      if (ocppCsmsUrl == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.ocppCsmsUrl is required but was not set");
      }
      if (messageTimeout == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.messageTimeout is required but was not set");
      }
      if (securityProfile == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.securityProfile is required but was not set");
      }
      if (ocppInterface == null) {
        throw new IllegalStateException(
            "NetworkConnectionProfile.ocppInterface is required but was not set");
      }
      NetworkConnectionProfile built =
          new NetworkConnectionProfile(
              customData,
              apn,
              ocppVersion,
              ocppTransport,
              ocppCsmsUrl,
              messageTimeout,
              securityProfile,
              ocppInterface,
              vpn);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid NetworkConnectionProfile: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NetworkConnectionProfile> {
    @Override
    public NetworkConnectionProfile read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      APN apn = null;
      OCPPVersionEnum ocppVersion = null;
      OCPPTransportEnum ocppTransport = null;
      String ocppCsmsUrl = null;
      int messageTimeout = 0;
      boolean hasMessageTimeout = false;
      int securityProfile = 0;
      boolean hasSecurityProfile = false;
      OCPPInterfaceEnum ocppInterface = null;
      VPN vpn = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "apn":
            apn = Codecs.readObject(p, ctx, "apn", APN.CODEC);
            break;
          case "ocppVersion":
            ocppVersion = OCPPVersionEnum.read(p, ctx, "ocppVersion");
            break;
          case "ocppTransport":
            ocppTransport = OCPPTransportEnum.read(p, ctx, "ocppTransport");
            break;
          case "ocppCsmsUrl":
            ocppCsmsUrl = Codecs.readString(p, "ocppCsmsUrl", 512);
            break;
          case "messageTimeout":
            messageTimeout = Codecs.readInt(p, "messageTimeout");
            hasMessageTimeout = true;
            break;
          case "securityProfile":
            securityProfile = Codecs.readInt(p, "securityProfile");
            hasSecurityProfile = true;
            break;
          case "ocppInterface":
            ocppInterface = OCPPInterfaceEnum.read(p, ctx, "ocppInterface");
            break;
          case "vpn":
            vpn = Codecs.readObject(p, ctx, "vpn", VPN.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (ocppVersion == null) {
        throw Codecs.missing("ocppVersion");
      }
      if (ocppTransport == null) {
        throw Codecs.missing("ocppTransport");
      }
      if (ocppCsmsUrl == null) {
        throw Codecs.missing("ocppCsmsUrl");
      }
      if (!hasMessageTimeout) {
        throw Codecs.missing("messageTimeout");
      }
      if (!hasSecurityProfile) {
        throw Codecs.missing("securityProfile");
      }
      if (ocppInterface == null) {
        throw Codecs.missing("ocppInterface");
      }
      return new NetworkConnectionProfile(
          customData,
          apn,
          ocppVersion,
          ocppTransport,
          ocppCsmsUrl,
          messageTimeout,
          securityProfile,
          ocppInterface,
          vpn);
    }

    @Override
    public void write(JsonGenerator g, NetworkConnectionProfile value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.apn() != null) {
        g.writeFieldName(NAME_APN);
        APN.CODEC.write(g, value.apn());
      }
      g.writeFieldName(NAME_OCPP_VERSION);
      g.writeString(value.ocppVersion().wireValue());
      g.writeFieldName(NAME_OCPP_TRANSPORT);
      g.writeString(value.ocppTransport().wireValue());
      g.writeFieldName(NAME_OCPP_CSMS_URL);
      g.writeString(value.ocppCsmsUrl());
      g.writeFieldName(NAME_MESSAGE_TIMEOUT);
      g.writeNumber(value.messageTimeout());
      g.writeFieldName(NAME_SECURITY_PROFILE);
      g.writeNumber(value.securityProfile());
      g.writeFieldName(NAME_OCPP_INTERFACE);
      g.writeString(value.ocppInterface().wireValue());
      if (value.vpn() != null) {
        g.writeFieldName(NAME_VPN);
        VPN.CODEC.write(g, value.vpn());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NetworkConnectionProfile value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "apn", APN.CODEC, value.apn());
      Codecs.checkLength(out, "ocppCsmsUrl", value.ocppCsmsUrl(), 512);
      Codecs.checkNested(out, "vpn", VPN.CODEC, value.vpn());
      return out;
    }
  }
}
