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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code StopTransaction} response of OCPP 1.6.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param idTagInfo optional, null when absent
 */
public record StopTransactionResponse(
    IdTagInfo idTagInfo)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StopTransactionResponse> CODEC = new Codec();

  private static final SerializedString NAME_ID_TAG_INFO = new SerializedString("idTagInfo");

  private static final class Codec implements MessageCodec<StopTransactionResponse> {
    @Override
    public StopTransactionResponse read(JsonParser p, DecodeContext ctx) throws IOException {
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
      return new StopTransactionResponse(idTagInfo);
    }

    @Override
    public void write(JsonGenerator g, StopTransactionResponse value) throws IOException {
      g.writeStartObject();
      if (value.idTagInfo() != null) {
        g.writeFieldName(NAME_ID_TAG_INFO);
        IdTagInfo.CODEC.write(g, value.idTagInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StopTransactionResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "idTagInfo", IdTagInfo.CODEC, value.idTagInfo());
      return out;
    }
  }
}
