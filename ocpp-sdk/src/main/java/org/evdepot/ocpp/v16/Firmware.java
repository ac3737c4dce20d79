// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 type {@code Firmware}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param location required; at most 512 characters
 * @param retrieveDateTime required; written as UTC with at most millisecond precision
 * @param installDateTime optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param signingCertificate required; at most 5500 characters
 * @param signature required; at most 800 characters
 */
public record Firmware(
    String location,
    Instant retrieveDateTime,
    Instant installDateTime,
    String signingCertificate,
    String signature) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<Firmware> CODEC = new Codec();

  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_RETRIEVE_DATE_TIME =
      new SerializedString("retrieveDateTime");
  private static final SerializedString NAME_INSTALL_DATE_TIME =
      new SerializedString("installDateTime");
  private static final SerializedString NAME_SIGNING_CERTIFICATE =
      new SerializedString("signingCertificate");
  private static final SerializedString NAME_SIGNATURE = new SerializedString("signature");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public Firmware {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(retrieveDateTime, "retrieveDateTime");
    Objects.requireNonNull(signingCertificate, "signingCertificate");
    Objects.requireNonNull(signature, "signature");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Firmware}; not thread-safe. */
  public static final class Builder {
    private String location;
    private Instant retrieveDateTime;
    private Instant installDateTime;
    private String signingCertificate;
    private String signature;

    private Builder() {}

    /** Sets {@code location} (required). */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets {@code retrieveDateTime} (required). */
    public Builder retrieveDateTime(Instant retrieveDateTime) {
      this.retrieveDateTime = retrieveDateTime;
      return this;
    }

    /** Sets {@code installDateTime} (optional). */
    public Builder installDateTime(Instant installDateTime) {
      this.installDateTime = installDateTime;
      return this;
    }

    /** Sets {@code signingCertificate} (required). */
    public Builder signingCertificate(String signingCertificate) {
      this.signingCertificate = signingCertificate;
      return this;
    }

    /** Sets {@code signature} (required). */
    public Builder signature(String signature) {
      this.signature = signature;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public Firmware build() {
      if (location == null) {
        throw new IllegalStateException("Firmware.location is required but was not set");
      }
      if (retrieveDateTime == null) {
        throw new IllegalStateException("Firmware.retrieveDateTime is required but was not set");
      }
      if (signingCertificate == null) {
        throw new IllegalStateException("Firmware.signingCertificate is required but was not set");
      }
      if (signature == null) {
        throw new IllegalStateException("Firmware.signature is required but was not set");
      }
      Firmware built =
          new Firmware(location, retrieveDateTime, installDateTime, signingCertificate, signature);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid Firmware: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<Firmware> {
    @Override
    public Firmware read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String location = null;
      Instant retrieveDateTime = null;
      Instant installDateTime = null;
      String signingCertificate = null;
      String signature = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "location":
            location = Codecs.readString(p, "location", 512);
            break;
          case "retrieveDateTime":
            retrieveDateTime = Codecs.readInstant(p, ctx, "retrieveDateTime");
            break;
          case "installDateTime":
            installDateTime = Codecs.readInstant(p, ctx, "installDateTime");
            break;
          case "signingCertificate":
            signingCertificate = Codecs.readString(p, "signingCertificate", 5500);
            break;
          case "signature":
            signature = Codecs.readString(p, "signature", 800);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (location == null) {
        throw Codecs.missing("location");
      }
      if (retrieveDateTime == null) {
        throw Codecs.missing("retrieveDateTime");
      }
      if (signingCertificate == null) {
        throw Codecs.missing("signingCertificate");
      }
      if (signature == null) {
        throw Codecs.missing("signature");
      }
      return new Firmware(
          location, retrieveDateTime, installDateTime, signingCertificate, signature);
    }

    @Override
    public void write(JsonGenerator g, Firmware value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LOCATION);
      g.writeString(value.location());
      g.writeFieldName(NAME_RETRIEVE_DATE_TIME);
      Codecs.writeInstant(g, value.retrieveDateTime());
      if (value.installDateTime() != null) {
        g.writeFieldName(NAME_INSTALL_DATE_TIME);
        Codecs.writeInstant(g, value.installDateTime());
      }
      g.writeFieldName(NAME_SIGNING_CERTIFICATE);
      g.writeString(value.signingCertificate());
      g.writeFieldName(NAME_SIGNATURE);
      g.writeString(value.signature());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(Firmware value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "location", value.location(), 512);
      Codecs.checkLength(out, "signingCertificate", value.signingCertificate(), 5500);
      Codecs.checkLength(out, "signature", value.signature(), 800);
      return out;
    }
  }
}
