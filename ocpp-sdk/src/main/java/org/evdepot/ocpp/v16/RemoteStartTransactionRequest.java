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
 * The {@code RemoteStartTransaction} request of OCPP 1.6, answered by {@link
 * RemoteStartTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId optional, null when absent
 * @param idTag required; at most 20 characters
 * @param chargingProfile optional, null when absent
 */
public record RemoteStartTransactionRequest(
    Integer connectorId,
    String idTag,
    ChargingProfile chargingProfile)
    implements OcppRequest<RemoteStartTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<RemoteStartTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_ID_TAG = new SerializedString("idTag");
  private static final SerializedString NAME_CHARGING_PROFILE =
      new SerializedString("chargingProfile");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public RemoteStartTransactionRequest {
    Objects.requireNonNull(idTag, "idTag");
  }

  /** The {@code RemoteStartTransaction} action. */
  @Override
  public ActionType<RemoteStartTransactionRequest, RemoteStartTransactionResponse> actionType() {
    return V16Actions.REMOTE_START_TRANSACTION;
  }

  private static final class Codec implements MessageCodec<RemoteStartTransactionRequest> {
    @Override
    public RemoteStartTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Integer connectorId = null;
      String idTag = null;
      ChargingProfile chargingProfile = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            break;
          case "idTag":
            idTag = Codecs.readString(p, "idTag", 20);
            break;
          case "chargingProfile":
            chargingProfile = Codecs.readObject(p, ctx, "chargingProfile", ChargingProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idTag == null) {
        throw Codecs.missing("idTag");
      }
      return new RemoteStartTransactionRequest(connectorId, idTag, chargingProfile);
    }

    @Override
    public void write(JsonGenerator g, RemoteStartTransactionRequest value) throws IOException {
      g.writeStartObject();
      if (value.connectorId() != null) {
        g.writeFieldName(NAME_CONNECTOR_ID);
        g.writeNumber(value.connectorId());
      }
      g.writeFieldName(NAME_ID_TAG);
      g.writeString(value.idTag());
      if (value.chargingProfile() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE);
        ChargingProfile.CODEC.write(g, value.chargingProfile());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(RemoteStartTransactionRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkLength(out, "idTag", value.idTag(), 20);
      Codecs.checkNested(out, "chargingProfile", ChargingProfile.CODEC, value.chargingProfile());
      return out;
    }
  }
}
