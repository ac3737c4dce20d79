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
 * OCPP 1.6 type {@code AuthorizationData}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param idTag required; at most 20 characters
 * @param idTagInfo optional, null when absent
 */
public record AuthorizationData(
    String idTag,
    IdTagInfo idTagInfo) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizationData> CODEC = new Codec();

  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");
  private static final SerializedString NAME_ID_TAG_INFO = new SerializedString("idTagInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizationData {
    Objects.requireNonNull(idTag, "idTag");
  }

  private static final class Codec implements MessageCodec<AuthorizationData> {
    @Override
    public AuthorizationData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String idTag = null;
      IdTagInfo idTagInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          case "idTagInfo":
            idTagInfo = Codecs.readObject(p, ctx, "idTagInfo", IdTagInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idTag == null) {
        throw Codecs.missing("idTag");
      }
      return new AuthorizationData(idTag, idTagInfo);
    }

    @Override
    public void write(JsonGenerator g, AuthorizationData value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_ID_TAG);
      g.writeString(value.idTag());
      if (value.idTagInfo() != null) {
        g.writeFieldName(NAME_ID_TAG_INFO);
        IdTagInfo.CODEC.write(g, value.idTagInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizationData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      Codecs.checkNested(out, "idTagInfo", IdTagInfo.CODEC, value.idTagInfo());
      return out;
    }
  }
}
