// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code TransactionEvent} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param totalCost optional, null when absent. SHALL only be sent when charging has ended.
 *     Final total cost of this transaction, including taxes. In the currency configured with the
 *     Configuration Variable: `Currency`. When omitted, the transaction was NOT free. To indicate a
 *     free transaction, the CSMS SHALL send 0.00.
 * @param chargingPriority optional, null when absent. Priority from a business point of view.
 *     Default priority is 0, The range is from -9 to 9. Higher values indicate a higher priority.
 *     The chargingPriority in TransactionEventResponse is temporarily, so it may not be set in the
 *     IdTokenInfoType afterwards. Also the chargingPriority in TransactionEventResponse overrules
 *     the one in IdTokenInfoType.
 * @param idTokenInfo optional, null when absent. Contains status information about an
 *     identifier. It is advised to not stop charging for a token that expires during charging, as
 *     ExpiryDate is only used for caching purposes. If ExpiryDate is not given, the status has no
 *     end date.
 * @param updatedPersonalMessage optional, null when absent. Contains message details, for a
 *     message to be displayed on a Charging Station.
 */
public record TransactionEventResponse(
    CustomData customData,
    BigDecimal totalCost,
    Integer chargingPriority,
    IdTokenInfo idTokenInfo,
    MessageContent updatedPersonalMessage)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<TransactionEventResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TOTAL_COST = new SerializedString("totalCost");
  private static final SerializedString NAME_CHARGING_PRIORITY =
      new SerializedString("chargingPriority");
  private static final SerializedString NAME_ID_TOKEN_INFO = new SerializedString("idTokenInfo");
  private static final SerializedString NAME_UPDATED_PERSONAL_MESSAGE =
      new SerializedString("updatedPersonalMessage");

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactionEventResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private BigDecimal totalCost;
    private Integer chargingPriority;
    private IdTokenInfo idTokenInfo;
    private MessageContent updatedPersonalMessage;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code totalCost} (optional). */
    public Builder totalCost(BigDecimal totalCost) {
      this.totalCost = totalCost;
      return this;
    }

    /** Sets {@code chargingPriority} (optional). */
    public Builder chargingPriority(Integer chargingPriority) {
      this.chargingPriority = chargingPriority;
      return this;
    }

    /** Sets {@code idTokenInfo} (optional). */
    public Builder idTokenInfo(IdTokenInfo idTokenInfo) {
      this.idTokenInfo = idTokenInfo;
      return this;
    }

    /** Sets {@code updatedPersonalMessage} (optional). */
    public Builder updatedPersonalMessage(MessageContent updatedPersonalMessage) {
      this.updatedPersonalMessage = updatedPersonalMessage;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public TransactionEventResponse build() {
      TransactionEventResponse built =
          new TransactionEventResponse(
              customData, totalCost, chargingPriority, idTokenInfo, updatedPersonalMessage);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid TransactionEventResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<TransactionEventResponse> {
    @Override
    public TransactionEventResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      BigDecimal totalCost = null;
      Integer chargingPriority = null;
      IdTokenInfo idTokenInfo = null;
      MessageContent updatedPersonalMessage = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "totalCost":
            totalCost = Codecs.readDecimal(p, "totalCost");
            break;
          case "chargingPriority":
            chargingPriority = Codecs.readInt(p, "chargingPriority");
            break;
          case "idTokenInfo":
            idTokenInfo = Codecs.readObject(p, ctx, "idTokenInfo", IdTokenInfo.CODEC);
            break;
          case "updatedPersonalMessage":
            updatedPersonalMessage =
                Codecs.readObject(p, ctx, "updatedPersonalMessage", MessageContent.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new TransactionEventResponse(
          customData, totalCost, chargingPriority, idTokenInfo, updatedPersonalMessage);
    }

    @Override
    public void write(JsonGenerator g, TransactionEventResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.totalCost() != null) {
        g.writeFieldName(NAME_TOTAL_COST);
        Codecs.writeDecimal(g, value.totalCost());
      }
      if (value.chargingPriority() != null) {
        g.writeFieldName(NAME_CHARGING_PRIORITY);
        g.writeNumber(value.chargingPriority());
      }
      if (value.idTokenInfo() != null) {
        g.writeFieldName(NAME_ID_TOKEN_INFO);
        IdTokenInfo.CODEC.write(g, value.idTokenInfo());
      }
      if (value.updatedPersonalMessage() != null) {
        g.writeFieldName(NAME_UPDATED_PERSONAL_MESSAGE);
        MessageContent.CODEC.write(g, value.updatedPersonalMessage());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(TransactionEventResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "idTokenInfo", IdTokenInfo.CODEC, value.idTokenInfo());
      Codecs.checkNested(
          out, "updatedPersonalMessage", MessageContent.CODEC, value.updatedPersonalMessage());
      return out;
    }
  }
}
