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
 * OCPP 2.0.1 type {@code OCSPRequestData}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param hashAlgorithm required. Used algorithms for the hashes provided.
 * @param issuerNameHash required; at most 128 characters. Hashed value of the Issuer DN
 *     (Distinguished Name).
 * @param issuerKeyHash required; at most 128 characters. Hashed value of the issuers public key
 * @param serialNumber required; at most 40 characters. The serial number of the certificate.
 * @param responderURL required; at most 512 characters. This contains the responder URL (Case
 *     insensitive).
 */
public record OCSPRequestData(
    CustomData customData,
    HashAlgorithmEnum hashAlgorithm,
    String issuerNameHash,
    String issuerKeyHash,
    String serialNumber,
    String responderURL) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<OCSPRequestData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_HASH_ALGORITHM = new SerializedString("hashAlgorithm");
  private static final SerializedString NAME_ISSUER_NAME_HASH =
      new SerializedString("issuerNameHash");
  private static final SerializedString NAME_ISSUER_KEY_HASH =
      new SerializedString("issuerKeyHash");
  private static final SerializedString NAME_SERIAL_NUMBER = new SerializedString("serialNumber");
  private static final SerializedString NAME_RESPONDER_URL = new SerializedString("responderURL");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public OCSPRequestData {
    Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
    Objects.requireNonNull(issuerNameHash, "issuerNameHash");
    Objects.requireNonNull(issuerKeyHash, "issuerKeyHash");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(responderURL, "responderURL");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OCSPRequestData}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private HashAlgorithmEnum hashAlgorithm;
    private String issuerNameHash;
    private String issuerKeyHash;
    private String serialNumber;
    private String responderURL;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code hashAlgorithm} (required). */
    public Builder hashAlgorithm(HashAlgorithmEnum hashAlgorithm) {
      this.hashAlgorithm = hashAlgorithm;
      return this;
    }

    /** Sets {@code issuerNameHash} (required). */
    public Builder issuerNameHash(String issuerNameHash) {
      this.issuerNameHash = issuerNameHash;
      return this;
    }

    /** Sets {@code issuerKeyHash} (required). */
    public Builder issuerKeyHash(String issuerKeyHash) {
      this.issuerKeyHash = issuerKeyHash;
      return this;
    }

    /** Sets {@code serialNumber} (required). */
    public Builder serialNumber(String serialNumber) {
      this.serialNumber = serialNumber;
      return this;
    }

    /** Sets {@code responderURL} (required). */
    public Builder responderURL(String responderURL) {
      this.responderURL = responderURL;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public OCSPRequestData build() {
      if (hashAlgorithm == null) {
        throw new IllegalStateException(
            "OCSPRequestData.hashAlgorithm is required but was not set");
      }
      if (issuerNameHash == null) {
        throw new IllegalStateException(
            "OCSPRequestData.issuerNameHash is required but was not set");
      }
      if (issuerKeyHash == null) {
        throw new IllegalStateException(
            "OCSPRequestData.issuerKeyHash is required but was not set");
      }
      if (serialNumber == null) {
        throw new IllegalStateException("OCSPRequestData.serialNumber is required but was not set");
      }
      if (responderURL == null) {
        throw new IllegalStateException("OCSPRequestData.responderURL is required but was not set");
      }
      OCSPRequestData built =
          new OCSPRequestData(
              customData, hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber, responderURL);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid OCSPRequestData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<OCSPRequestData> {
    @Override
    public OCSPRequestData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      HashAlgorithmEnum hashAlgorithm = null;
      String issuerNameHash = null;
      String issuerKeyHash = null;
      String serialNumber = null;
      String responderURL = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "hashAlgorithm":
            hashAlgorithm = HashAlgorithmEnum.read(p, ctx, "hashAlgorithm");
            break;
          case "issuerNameHash":
            issuerNameHash = Codecs.readString(p, "issuerNameHash", 128);
            break;
          case "issuerKeyHash":
            issuerKeyHash = Codecs.readString(p, "issuerKeyHash", 128);
            break;
          case "serialNumber":
            serialNumber = Codecs.readString(p, "serialNumber", 40);
            break;
          case "responderURL":
            responderURL = Codecs.readString(p, "responderURL", 512);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (hashAlgorithm == null) {
        throw Codecs.missing("hashAlgorithm");
      }
      if (issuerNameHash == null) {
        throw Codecs.missing("issuerNameHash");
      }
      if (issuerKeyHash == null) {
        throw Codecs.missing("issuerKeyHash");
      }
      if (serialNumber == null) {
        throw Codecs.missing("serialNumber");
      }
      if (responderURL == null) {
        throw Codecs.missing("responderURL");
      }
      return new OCSPRequestData(
          customData, hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber, responderURL);
    }

    @Override
    public void write(JsonGenerator g, OCSPRequestData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_HASH_ALGORITHM);
      g.writeString(value.hashAlgorithm().wireValue());
      g.writeFieldName(NAME_ISSUER_NAME_HASH);
      g.writeString(value.issuerNameHash());
      g.writeFieldName(NAME_ISSUER_KEY_HASH);
      g.writeString(value.issuerKeyHash());
      g.writeFieldName(NAME_SERIAL_NUMBER);
      g.writeString(value.serialNumber());
      g.writeFieldName(NAME_RESPONDER_URL);
      g.writeString(value.responderURL());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(OCSPRequestData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "issuerNameHash", value.issuerNameHash(), 128);
      Codecs.checkLength(out, "issuerKeyHash", value.issuerKeyHash(), 128);
      Codecs.checkLength(out, "serialNumber", value.serialNumber(), 40);
      Codecs.checkLength(out, "responderURL", value.responderURL(), 512);
      return out;
    }
  }
}
