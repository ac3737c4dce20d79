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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code Authorize} request of OCPP 2.0.1, answered by {@link AuthorizeResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param idToken required. Contains a case insensitive identifier to use for the authorization
 *     and the type of authorization to support multiple forms of identifiers.
 * @param certificate optional, null when absent; at most 5500 characters. The X.509
 *     certificated presented by EV and encoded in PEM format.
 * @param iso15118CertificateHashData optional, null when absent; at least 1 item, at most 4
 *     items
 */
public record AuthorizeRequest(
    CustomData customData,
    IdToken idToken,
    String certificate,
    List<OCSPRequestData> iso15118CertificateHashData)
    implements OcppRequest<AuthorizeResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizeRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_CERTIFICATE = new SerializedString("certificate");
  private static final SerializedString NAME_ISO15118_CERTIFICATE_HASH_DATA =
      new SerializedString("iso15118CertificateHashData");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizeRequest {
    Objects.requireNonNull(idToken, "idToken");
    iso15118CertificateHashData =
        iso15118CertificateHashData == null ? null : List.copyOf(iso15118CertificateHashData);
  }

  /** The {@code Authorize} action. */
  @Override
  public ActionType<AuthorizeRequest, AuthorizeResponse> actionType() {
    return V201Actions.AUTHORIZE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuthorizeRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private IdToken idToken;
    private String certificate;
    private List<OCSPRequestData> iso15118CertificateHashData;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code idToken} (required). */
    public Builder idToken(IdToken idToken) {
      this.idToken = idToken;
      return this;
    }

    /** Sets {@code certificate} (optional). */
    public Builder certificate(String certificate) {
      this.certificate = certificate;
      return this;
    }

    /** Sets {@code iso15118CertificateHashData} (optional). */
    public Builder iso15118CertificateHashData(List<OCSPRequestData> iso15118CertificateHashData) {
      this.iso15118CertificateHashData = iso15118CertificateHashData;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public AuthorizeRequest build() {
      if (idToken == null) {
        throw new IllegalStateException("AuthorizeRequest.idToken is required but was not set");
      }
      AuthorizeRequest built =
          new AuthorizeRequest(customData, idToken, certificate, iso15118CertificateHashData);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid AuthorizeRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<AuthorizeRequest> {
    private static final ElementReader<OCSPRequestData> ITEM_ISO15118_CERTIFICATE_HASH_DATA =
        (p, ctx) -> Codecs.readObject(p, ctx, "", OCSPRequestData.CODEC);

    @Override
    public AuthorizeRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      IdToken idToken = null;
      String certificate = null;
      List<OCSPRequestData> iso15118CertificateHashData = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          case "certificate":
            certificate = Codecs.readString(p, "certificate", 5500);
            break;
          case "iso15118CertificateHashData":
            iso15118CertificateHashData =
                Codecs.readList(
                    p,
                    ctx,
                    "iso15118CertificateHashData",
                    1,
                    4,
                    ITEM_ISO15118_CERTIFICATE_HASH_DATA);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idToken == null) {
        throw Codecs.missing("idToken");
      }
      return new AuthorizeRequest(customData, idToken, certificate, iso15118CertificateHashData);
    }

    @Override
    public void write(JsonGenerator g, AuthorizeRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID_TOKEN);
      IdToken.CODEC.write(g, value.idToken());
      if (value.certificate() != null) {
        g.writeFieldName(NAME_CERTIFICATE);
        g.writeString(value.certificate());
      }
      if (value.iso15118CertificateHashData() != null) {
        g.writeFieldName(NAME_ISO15118_CERTIFICATE_HASH_DATA);
        g.writeStartArray();
        for (OCSPRequestData item : value.iso15118CertificateHashData()) {
          OCSPRequestData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizeRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      Codecs.checkLength(out, "certificate", value.certificate(), 5500);
      Codecs.checkItems(
          out, "iso15118CertificateHashData", value.iso15118CertificateHashData(), 1, 4);
      Codecs.checkNestedList(
          out,
          "iso15118CertificateHashData",
          OCSPRequestData.CODEC,
          value.iso15118CertificateHashData());
      return out;
    }
  }
}
