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

/**
 * The {@code RequestStartTransaction} request of OCPP 2.0.1, answered by {@link
 * RequestStartTransactionResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evseId optional, null when absent. Number of the EVSE on which to start the
 *     transaction. EvseId SHALL be &gt; 0
 * @param groupIdToken optional, null when absent. Contains a case insensitive identifier to use
 *     for the authorization and the type of authorization to support multiple forms of identifiers.
 * @param idToken required. Contains a case insensitive identifier to use for the authorization
 *     and the type of authorization to support multiple forms of identifiers.
 * @param remoteStartId required. Id given by the server to this start request. The Charging
 *     Station might return this in the TransactionEventRequest, letting the server know which
 *     transaction was started for this request. Use to start a transaction.
 * @param chargingProfile optional, null when absent. A ChargingProfile consists of
 *     ChargingSchedule, describing the amount of power or current that can be delivered per time
 *     interval.
 */
public record RequestStartTransactionRequest(
    CustomData customData,
    Integer evseId,
    IdToken groupIdToken,
    IdToken idToken,
    int remoteStartId,
    ChargingProfile chargingProfile)
    implements OcppRequest<RequestStartTransactionResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<RequestStartTransactionRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_GROUP_ID_TOKEN = new SerializedString("groupIdToken");
  private static final SerializedString NAME_ID_TOKEN = new SerializedString("idToken");
  private static final SerializedString NAME_REMOTE_START_ID =
      new SerializedString("remoteStartId");
  private static final SerializedString NAME_CHARGING_PROFILE =
      new SerializedString("chargingProfile");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public RequestStartTransactionRequest {
    Objects.requireNonNull(idToken, "idToken");
  }

  /** The {@code RequestStartTransaction} action. */
  @Override
  public ActionType<RequestStartTransactionRequest, RequestStartTransactionResponse> actionType() {
    return V201Actions.REQUEST_START_TRANSACTION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequestStartTransactionRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer evseId;
    private IdToken groupIdToken;
    private IdToken idToken;
    private Integer remoteStartId;
    private ChargingProfile chargingProfile;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(Integer evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code groupIdToken} (optional). */
    public Builder groupIdToken(IdToken groupIdToken) {
      this.groupIdToken = groupIdToken;
      return this;
    }

    /** Sets {@code idToken} (required). */
    public Builder idToken(IdToken idToken) {
      this.idToken = idToken;
      return this;
    }

    /** Sets {@code remoteStartId} (required). */
    public Builder remoteStartId(int remoteStartId) {
      this.remoteStartId = remoteStartId;
      return this;
    }

    /** Sets {@code chargingProfile} (optional). */
    public Builder chargingProfile(ChargingProfile chargingProfile) {
      this.chargingProfile = chargingProfile;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public RequestStartTransactionRequest build() {
      if (idToken == null) {
        throw new IllegalStateException(
            "RequestStartTransactionRequest.idToken is required but was not set");
      }
      if (remoteStartId == null) {
        throw new IllegalStateException(
            "RequestStartTransactionRequest.remoteStartId is required but was not set");
      }
      RequestStartTransactionRequest built =
          new RequestStartTransactionRequest(
              customData, evseId, groupIdToken, idToken, remoteStartId, chargingProfile);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid RequestStartTransactionRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<RequestStartTransactionRequest> {
    @Override
    public RequestStartTransactionRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer evseId = null;
      IdToken groupIdToken = null;
      IdToken idToken = null;
      int remoteStartId = 0;
      boolean hasRemoteStartId = false;
      ChargingProfile chargingProfile = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          case "groupIdToken":
            groupIdToken = Codecs.readObject(p, ctx, "groupIdToken", IdToken.CODEC);
            break;
          case "idToken":
            idToken = Codecs.readObject(p, ctx, "idToken", IdToken.CODEC);
            break;
          case "remoteStartId":
            remoteStartId = Codecs.readInt(p, "remoteStartId");
            hasRemoteStartId = true;
            break;
          case "chargingProfile":
            chargingProfile = Codecs.readObject(p, ctx, "chargingProfile", ChargingProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (idToken == null) {
        throw Codecs.missing("idToken");
      }
      if (!hasRemoteStartId) {
        throw Codecs.missing("remoteStartId");
      }
      return new RequestStartTransactionRequest(
          customData, evseId, groupIdToken, idToken, remoteStartId, chargingProfile);
    }

    @Override
    public void write(JsonGenerator g, RequestStartTransactionRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      if (value.groupIdToken() != null) {
        g.writeFieldName(NAME_GROUP_ID_TOKEN);
        IdToken.CODEC.write(g, value.groupIdToken());
      }
      g.writeFieldName(NAME_ID_TOKEN);
      IdToken.CODEC.write(g, value.idToken());
      g.writeFieldName(NAME_REMOTE_START_ID);
      g.writeNumber(value.remoteStartId());
      if (value.chargingProfile() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE);
        ChargingProfile.CODEC.write(g, value.chargingProfile());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(RequestStartTransactionRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "groupIdToken", IdToken.CODEC, value.groupIdToken());
      Codecs.checkNested(out, "idToken", IdToken.CODEC, value.idToken());
      Codecs.checkNested(out, "chargingProfile", ChargingProfile.CODEC, value.chargingProfile());
      return out;
    }
  }
}
