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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Authorize} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param idTagInfo required
 */
public record AuthorizeResponse(
    IdTagInfo idTagInfo)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizeResponse> CODEC = new Codec();

  private static final SerializedString NAME_ID_TAG_INFO = new SerializedString("idTagInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizeResponse {
    Objects.requireNonNull(idTagInfo, "idTagInfo");
  }

  private static final class Codec implements MessageCodec<AuthorizeResponse> {
    @Override
    public AuthorizeResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      IdTagInfo idTagInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "idTagInfo":
            idTagInfo = Codecs.readObject(p, ctx, "idTagInfo", IdTagInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idTagInfo == null) {
        throw Codecs.missing("idTagInfo");
      }
      return new AuthorizeResponse(idTagInfo);
    }

    @Override
    public void write(JsonGenerator g, AuthorizeResponse value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_ID_TAG_INFO);
      IdTagInfo.CODEC.write(g, value.idTagInfo());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizeResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "idTagInfo", IdTagInfo.CODEC, value.idTagInfo());
      return out;
    }
  }
}
