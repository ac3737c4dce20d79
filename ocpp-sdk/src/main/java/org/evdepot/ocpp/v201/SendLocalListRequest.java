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
 * The {@code SendLocalList} request of OCPP 2.0.1, answered by {@link SendLocalListResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param localAuthorizationList optional, null when absent; at least 1 item
 * @param versionNumber required. In case of a full update this is the version number of the
 *     full list. In case of a differential update it is the version number of the list after the
 *     update has been applied.
 * @param updateType required. This contains the type of update (full or differential) of this
 *     request.
 */
public record SendLocalListRequest(
    CustomData customData,
    List<AuthorizationData> localAuthorizationList,
    int versionNumber,
    UpdateEnum updateType)
    implements OcppRequest<SendLocalListResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SendLocalListRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_LOCAL_AUTHORIZATION_LIST =
      new SerializedString("localAuthorizationList");
  private static final SerializedString NAME_VERSION_NUMBER = new SerializedString("versionNumber");
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
    return V201Actions.SEND_LOCAL_LIST;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SendLocalListRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<AuthorizationData> localAuthorizationList;
    private Integer versionNumber;
    private UpdateEnum updateType;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code localAuthorizationList} (optional). */
    public Builder localAuthorizationList(List<AuthorizationData> localAuthorizationList) {
      this.localAuthorizationList = localAuthorizationList;
      return this;
    }

    /** Sets {@code versionNumber} (required). */
    public Builder versionNumber(int versionNumber) {
      this.versionNumber = versionNumber;
      return this;
    }

    /** Sets {@code updateType} (required). */
    public Builder updateType(UpdateEnum updateType) {
      this.updateType = updateType;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SendLocalListRequest build() {
      if (versionNumber == null) {
        throw new IllegalStateException(
            "SendLocalListRequest.versionNumber is required but was not set");
      }
      if (updateType == null) {
        throw new IllegalStateException(
            "SendLocalListRequest.updateType is required but was not set");
      }
      SendLocalListRequest built =
          new SendLocalListRequest(customData, localAuthorizationList, versionNumber, updateType);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SendLocalListRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SendLocalListRequest> {
    private static final ElementReader<AuthorizationData> ITEM_LOCAL_AUTHORIZATION_LIST =
        (p, ctx) -> Codecs.readObject(p, ctx, "", AuthorizationData.CODEC);

    @Override
    public SendLocalListRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<AuthorizationData> localAuthorizationList = null;
      int versionNumber = 0;
      boolean hasVersionNumber = false;
      UpdateEnum updateType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "localAuthorizationList":
            localAuthorizationList =
                Codecs.readList(
                    p, ctx, "localAuthorizationList", 1, -1, ITEM_LOCAL_AUTHORIZATION_LIST);
            break;
          case "versionNumber":
            versionNumber = Codecs.readInt(p, "versionNumber");
            hasVersionNumber = true;
            break;
          case "updateType":
            updateType = UpdateEnum.read(p, ctx, "updateType");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasVersionNumber) {
        throw Codecs.missing("versionNumber");
      }
      if (updateType == null) {
        throw Codecs.missing("updateType");
      }
      return new SendLocalListRequest(
          customData, localAuthorizationList, versionNumber, updateType);
    }

    @Override
    public void write(JsonGenerator g, SendLocalListRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.localAuthorizationList() != null) {
        g.writeFieldName(NAME_LOCAL_AUTHORIZATION_LIST);
        g.writeStartArray();
        for (AuthorizationData item : value.localAuthorizationList()) {
          AuthorizationData.CODEC.write(g, item);
        }
        g.writeEndArray();
      }
      g.writeFieldName(NAME_VERSION_NUMBER);
      g.writeNumber(value.versionNumber());
      g.writeFieldName(NAME_UPDATE_TYPE);
      g.writeString(value.updateType().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SendLocalListRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "localAuthorizationList", value.localAuthorizationList(), 1, -1);
      Codecs.checkNestedList(
          out, "localAuthorizationList", AuthorizationData.CODEC, value.localAuthorizationList());
      return out;
    }
  }
}
