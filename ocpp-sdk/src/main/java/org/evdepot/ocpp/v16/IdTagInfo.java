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
 * OCPP 1.6 type {@code IdTagInfo}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param expiryDate optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param parentIdTag optional, null when absent; at most 20 characters
 * @param status required
 */
public record IdTagInfo(
    Instant expiryDate,
    String parentIdTag,
    AuthorizationStatus status) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<IdTagInfo> CODEC = new Codec();

  private static final SerializedString NAME_EXPIRY_DATE = new SerializedString("expiryDate");
  private static final SerializedString NAME_PARENT_ID_TAG = new SerializedString("parentIdTag");
  private static final SerializedString NAME_STATUS = new SerializedString("status");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public IdTagInfo {
    Objects.requireNonNull(status, "status");
  }

  private static final class Codec implements MessageCodec<IdTagInfo> {
    @Override
    public IdTagInfo read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Instant expiryDate = null;
      String parentIdTag = null;
      AuthorizationStatus status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "expiryDate":
            expiryDate = Codecs.readInstant(p, ctx, "expiryDate");
            break;
          case "parentIdTag":
            parentIdTag = Codecs.readString(p, "parentIdTag", 20);
            break;
          case "status":
            status = AuthorizationStatus.read(p, ctx, "status");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new IdTagInfo(expiryDate, parentIdTag, status);
    }

    @Override
    public void write(JsonGenerator g, IdTagInfo value) throws IOException {
      g.writeStartObject();
      if (value.expiryDate() != null) {
        g.writeFieldName(NAME_EXPIRY_DATE);
        Codecs.writeInstant(g, value.expiryDate());
      }
      if (value.parentIdTag() != null) {
        g.writeFieldName(NAME_PARENT_ID_TAG);
        g.writeString(value.parentIdTag());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(IdTagInfo value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "parentIdTag", value.parentIdTag(), 20);
      return out;
    }
  }
}
