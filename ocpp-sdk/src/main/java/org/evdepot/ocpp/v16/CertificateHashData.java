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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 type {@code CertificateHashData}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param hashAlgorithm required
 * @param issuerNameHash required; at most 128 characters
 * @param issuerKeyHash required; at most 128 characters
 * @param serialNumber required; at most 40 characters
 */
public record CertificateHashData(
    HashAlgorithmEnum hashAlgorithm,
    String issuerNameHash,
    String issuerKeyHash,
    String serialNumber) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CertificateHashData> CODEC = new Codec();

  private static final SerializedString NAME_HASH_ALGORITHM = new SerializedString("hashAlgorithm");
  private static final SerializedString NAME_ISSUER_NAME_HASH =
      new SerializedString("issuerNameHash");
  private static final SerializedString NAME_ISSUER_KEY_HASH =
      new SerializedString("issuerKeyHash");
  private static final SerializedString NAME_SERIAL_NUMBER = new SerializedString("serialNumber");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CertificateHashData {
    Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
    Objects.requireNonNull(issuerNameHash, "issuerNameHash");
    Objects.requireNonNull(issuerKeyHash, "issuerKeyHash");
    Objects.requireNonNull(serialNumber, "serialNumber");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateHashData}; not thread-safe. */
  public static final class Builder {
    private HashAlgorithmEnum hashAlgorithm;
    private String issuerNameHash;
    private String issuerKeyHash;
    private String serialNumber;

    private Builder() {}

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

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public CertificateHashData build() {
      if (hashAlgorithm == null) {
        throw new IllegalStateException(
            "CertificateHashData.hashAlgorithm is required but was not set");
      }
      if (issuerNameHash == null) {
        throw new IllegalStateException(
            "CertificateHashData.issuerNameHash is required but was not set");
      }
      if (issuerKeyHash == null) {
        throw new IllegalStateException(
            "CertificateHashData.issuerKeyHash is required but was not set");
      }
      if (serialNumber == null) {
        throw new IllegalStateException(
            "CertificateHashData.serialNumber is required but was not set");
      }
      CertificateHashData built =
          new CertificateHashData(hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid CertificateHashData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<CertificateHashData> {
    @Override
    public CertificateHashData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      HashAlgorithmEnum hashAlgorithm = null;
      String issuerNameHash = null;
      String issuerKeyHash = null;
      String serialNumber = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
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
      return new CertificateHashData(hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber);
    }

    @Override
    public void write(JsonGenerator g, CertificateHashData value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_HASH_ALGORITHM);
      g.writeString(value.hashAlgorithm().wireValue());
      g.writeFieldName(NAME_ISSUER_NAME_HASH);
      g.writeString(value.issuerNameHash());
      g.writeFieldName(NAME_ISSUER_KEY_HASH);
      g.writeString(value.issuerKeyHash());
      g.writeFieldName(NAME_SERIAL_NUMBER);
      g.writeString(value.serialNumber());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CertificateHashData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "issuerNameHash", value.issuerNameHash(), 128);
      Codecs.checkLength(out, "issuerKeyHash", value.issuerKeyHash(), 128);
      Codecs.checkLength(out, "serialNumber", value.serialNumber(), 40);
      return out;
    }
  }
}
