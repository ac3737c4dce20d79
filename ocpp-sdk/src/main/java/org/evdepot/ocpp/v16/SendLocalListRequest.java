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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code SendLocalList} request of OCPP 1.6, answered by {@link SendLocalListResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param listVersion required
 * @param localAuthorizationList optional, null when absent
 * @param updateType required
 */
public record SendLocalListRequest(
    int listVersion,
    List<AuthorizationData> localAuthorizationList,
    UpdateType updateType)
    implements OcppRequest<SendLocalListResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SendLocalListRequest> CODEC = new Codec();

  private static final SerializedString NAME_LIST_VERSION = new SerializedString("listVersion");
  private static final SerializedString NAME_LOCAL_AUTHORIZATION_LIST =
      new SerializedString("localAuthorizationList");
  private static final SerializedString NAME_UPDATE_TYPE = new SerializedString("updateType");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SendLocalListRequest {
    localAuthorizationList =
        localAuthorizationList == null ? null : List.copyOf(localAuthorizationList);
    Objects.requireNonNull(updateType, "updateType");
  }

  /** The {@code SendLocalList} action. */
  @Override
  public ActionType<SendLocalListRequest, SendLocalListResponse> actionType() {
    return V16Actions.SEND_LOCAL_LIST;
  }

  private static final class Codec implements MessageCodec<SendLocalListRequest> {
    private static final ElementReader<AuthorizationData> ITEM_LOCAL_AUTHORIZATION_LIST =
        (p, ctx) -> Codecs.readObject(p, ctx, "", AuthorizationData.CODEC);

    @Override
    public SendLocalListRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int listVersion = 0;
      boolean hasListVersion = false;
      List<AuthorizationData> localAuthorizationList = null;
      UpdateType updateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "listVersion":
            listVersion = Codecs.readInt(p, "listVersion");
            hasListVersion = true;
            break;
          case "localAuthorizationList":
            localAuthorizationList =
                Codecs.readList(
                    p, ctx, "localAuthorizationList", 0, -1, ITEM_LOCAL_AUTHORIZATION_LIST);
            break;
          case "updateType":
            updateType = UpdateType.read(p, ctx, "updateType");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasListVersion) {
        throw Codecs.missing("listVersion");
      }
      if (updateType == null) {
        throw Codecs.missing("updateType");
      }
      return new SendLocalListRequest(listVersion, localAuthorizationList, updateType);
    }

    @Override
    public void write(JsonGenerator g, SendLocalListRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LIST_VERSION);
      g.writeNumber(value.listVersion());
      if (value.localAuthorizationList() != null) {
        g.writeFieldName(NAME_LOCAL_AUTHORIZATION_LIST);
        g.writeStartArray();
        for (AuthorizationData item : value.localAuthorizationList()) {
          AuthorizationData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_UPDATE_TYPE);
      g.writeString(value.updateType().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SendLocalListRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNestedList(
          out, "localAuthorizationList", AuthorizationData.CODEC, value.localAuthorizationList());
      return out;
    }
  }
}
