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
 * Represent a signed version of the meter value.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param signedMeterData required; at most 2500 characters. Base64 encoded, contains the signed
 *     data which might contain more then just the meter value. It can contain information like
 *     timestamps, reference to a customer etc.
 * @param signingMethod required; at most 50 characters. Method used to create the digital
 *     signature.
 * @param encodingMethod required; at most 50 characters. Method used to encode the meter values
 *     before applying the digital signature algorithm.
 * @param publicKey required; at most 2500 characters. Base64 encoded, sending depends on
 *     configuration variable _PublicKeyWithSignedMeterValue_.
 */
public record SignedMeterValue(
    CustomData customData,
    String signedMeterData,
    String signingMethod,
    String encodingMethod,
    String publicKey) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SignedMeterValue> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_SIGNED_METER_DATA =
      new SerializedString("signedMeterData");
  private static final SerializedString NAME_SIGNING_METHOD = new SerializedString("signingMethod");
  private static final SerializedString NAME_ENCODING_METHOD =
      new SerializedString("encodingMethod");
  private static final SerializedString NAME_PUBLIC_KEY = new SerializedString("publicKey");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SignedMeterValue {
    Objects.requireNonNull(signedMeterData, "signedMeterData");
    Objects.requireNonNull(signingMethod, "signingMethod");
    Objects.requireNonNull(encodingMethod, "encodingMethod");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedMeterValue}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String signedMeterData;
    private String signingMethod;
    private String encodingMethod;
    private String publicKey;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code signedMeterData} (required). */
    public Builder signedMeterData(String signedMeterData) {
      this.signedMeterData = signedMeterData;
      return this;
    }

    /** Sets {@code signingMethod} (required). */
    public Builder signingMethod(String signingMethod) {
      this.signingMethod = signingMethod;
      return this;
    }

    /** Sets {@code encodingMethod} (required). */
    public Builder encodingMethod(String encodingMethod) {
      this.encodingMethod = encodingMethod;
      return this;
    }

    /** Sets {@code publicKey} (required). */
    public Builder publicKey(String publicKey) {
      this.publicKey = publicKey;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SignedMeterValue build() {
      if (signedMeterData == null) {
        throw new IllegalStateException(
            "SignedMeterValue.signedMeterData is required but was not set");
      }
      if (signingMethod == null) {
        throw new IllegalStateException(
            "SignedMeterValue.signingMethod is required but was not set");
      }
      if (encodingMethod == null) {
        throw new IllegalStateException(
            "SignedMeterValue.encodingMethod is required but was not set");
      }
      if (publicKey == null) {
        throw new IllegalStateException("SignedMeterValue.publicKey is required but was not set");
      }
      SignedMeterValue built =
          new SignedMeterValue(
              customData, signedMeterData, signingMethod, encodingMethod, publicKey);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SignedMeterValue: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SignedMeterValue> {
    @Override
    public SignedMeterValue read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String signedMeterData = null;
      String signingMethod = null;
      String encodingMethod = null;
      String publicKey = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "signedMeterData":
            signedMeterData = Codecs.readString(p, "signedMeterData", 2500);
            break;
          case "signingMethod":
            signingMethod = Codecs.readString(p, "signingMethod", 50);
            break;
          case "encodingMethod":
            encodingMethod = Codecs.readString(p, "encodingMethod", 50);
            break;
          case "publicKey":
            publicKey = Codecs.readString(p, "publicKey", 2500);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (signedMeterData == null) {
        throw Codecs.missing("signedMeterData");
      }
      if (signingMethod == null) {
        throw Codecs.missing("signingMethod");
      }
      if (encodingMethod == null) {
        throw Codecs.missing("encodingMethod");
      }
      if (publicKey == null) {
        throw Codecs.missing("publicKey");
      }
      return new SignedMeterValue(
          customData, signedMeterData, signingMethod, encodingMethod, publicKey);
    }

    @Override
    public void write(JsonGenerator g, SignedMeterValue value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_SIGNED_METER_DATA);
      g.writeString(value.signedMeterData());
      g.writeFieldName(NAME_SIGNING_METHOD);
      g.writeString(value.signingMethod());
      g.writeFieldName(NAME_ENCODING_METHOD);
      g.writeString(value.encodingMethod());
      g.writeFieldName(NAME_PUBLIC_KEY);
      g.writeString(value.publicKey());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SignedMeterValue value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "signedMeterData", value.signedMeterData(), 2500);
      Codecs.checkLength(out, "signingMethod", value.signingMethod(), 50);
      Codecs.checkLength(out, "encodingMethod", value.encodingMethod(), 50);
      Codecs.checkLength(out, "publicKey", value.publicKey(), 2500);
      return out;
    }
  }
}
