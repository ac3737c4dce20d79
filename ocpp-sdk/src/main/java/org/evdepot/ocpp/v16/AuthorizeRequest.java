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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code Authorize} request of OCPP 1.6, answered by {@link AuthorizeResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param idTag required; at most 20 characters
 */
public record AuthorizeRequest(
    String idTag)
    implements OcppRequest<AuthorizeResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<AuthorizeRequest> CODEC = new Codec();

  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public AuthorizeRequest {
    Objects.requireNonNull(idTag, "idTag");
  }

  /** The {@code Authorize} action. */
  @Override
  public ActionType<AuthorizeRequest, AuthorizeResponse> actionType() {
    return V16Actions.AUTHORIZE;
  }

  private static final class Codec implements MessageCodec<AuthorizeRequest> {
    @Override
    public AuthorizeRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String idTag = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idTag == null) {
        throw Codecs.missing("idTag");
      }
      return new AuthorizeRequest(idTag);
    }

    @Override
    public void write(JsonGenerator g, AuthorizeRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_ID_TAG);
      g.writeString(value.idTag());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(AuthorizeRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      return out;
    }
  }
}
