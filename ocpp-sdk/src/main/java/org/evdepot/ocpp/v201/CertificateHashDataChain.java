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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * OCPP 2.0.1 type {@code CertificateHashDataChain}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param certificateHashData required
 * @param certificateType required. Indicates the type of the requested certificate(s).
 * @param childCertificateHashData optional, null when absent; at least 1 item, at most 4 items
 */
public record CertificateHashDataChain(
    CustomData customData,
    CertificateHashData certificateHashData,
    GetCertificateIdUseEnum certificateType,
    List<CertificateHashData> childCertificateHashData) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CertificateHashDataChain> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CERTIFICATE_HASH_DATA =
      new SerializedString("certificateHashData");
  private static final SerializedString NAME_CERTIFICATE_TYPE =
      new SerializedString("certificateType");
  private static final SerializedString NAME_CHILD_CERTIFICATE_HASH_DATA =
      new SerializedString("childCertificateHashData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CertificateHashDataChain {
    Objects.requireNonNull(certificateHashData, "certificateHashData");
    Objects.requireNonNull(certificateType, "certificateType");
    childCertificateHashData =
        childCertificateHashData == null ? null : List.copyOf(childCertificateHashData);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateHashDataChain}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private CertificateHashData certificateHashData;
    private GetCertificateIdUseEnum certificateType;
    private List<CertificateHashData> childCertificateHashData;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code certificateHashData} (required). */
    public Builder certificateHashData(CertificateHashData certificateHashData) {
      this.certificateHashData = certificateHashData;
      return this;
    }

    /** Sets {@code certificateType} (required). */
    public Builder certificateType(GetCertificateIdUseEnum certificateType) {
      this.certificateType = certificateType;
      return this;
    }

    /** Sets {@code childCertificateHashData} (optional). */
    public Builder childCertificateHashData(List<CertificateHashData> childCertificateHashData) {
      this.childCertificateHashData = childCertificateHashData;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public CertificateHashDataChain build() {
      if (certificateHashData == null) {
        throw new IllegalStateException(
            "CertificateHashDataChain.certificateHashData is required but was not set");
      }
      if (certificateType == null) {
        throw new IllegalStateException(
            "CertificateHashDataChain.certificateType is required but was not set");
      }
      CertificateHashDataChain built =
          new CertificateHashDataChain(
              customData, certificateHashData, certificateType, childCertificateHashData);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid CertificateHashDataChain: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<CertificateHashDataChain> {
    private static final ElementReader<CertificateHashData> ITEM_CHILD_CERTIFICATE_HASH_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", CertificateHashData.CODEC);

    @Override
    public CertificateHashDataChain read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      CertificateHashData certificateHashData = null;
      GetCertificateIdUseEnum certificateType = null;
      List<CertificateHashData> childCertificateHashData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "certificateHashData":
            certificateHashData =
                Codecs.readObject(p, ctx, "certificateHashData", CertificateHashData.CODEC);
            break;
          case "certificateType":
            certificateType = GetCertificateIdUseEnum.read(p, ctx, "certificateType");
            break;
          case "childCertificateHashData":
            childCertificateHashData =
                Codecs.readList(
                    p, ctx, "childCertificateHashData", 1, 4, ITEM_CHILD_CERTIFICATE_HASH_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (certificateHashData == null) {
        throw Codecs.missing("certificateHashData");
      }
      if (certificateType == null) {
        throw Codecs.missing("certificateType");
      }
      return new CertificateHashDataChain(
          customData, certificateHashData, certificateType, childCertificateHashData);
    }

    @Override
    public void write(JsonGenerator g, CertificateHashDataChain value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CERTIFICATE_HASH_DATA);
      CertificateHashData.CODEC.write(g, value.certificateHashData());
      g.writeFieldName(NAME_CERTIFICATE_TYPE);
      g.writeString(value.certificateType().wireValue());
      if (value.childCertificateHashData() != null) {
        g.writeFieldName(NAME_CHILD_CERTIFICATE_HASH_DATA);
        g.writeStartArray();
        for (CertificateHashData item : value.childCertificateHashData()) {
          CertificateHashData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CertificateHashDataChain value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "certificateHashData", CertificateHashData.CODEC, value.certificateHashData());
      Codecs.checkItems(out, "childCertificateHashData", value.childCertificateHashData(), 1, 4);
      Codecs.checkNestedList(
          out,
          "childCertificateHashData",
          CertificateHashData.CODEC,
          value.childCertificateHashData());
      return out;
    }
  }
}
