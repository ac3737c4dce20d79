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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Charging_ Limit
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingLimitSource required. Represents the source of the charging limit.
 * @param isGridCritical optional, null when absent. Indicates whether the charging limit is
 *     critical for the grid.
 */
public record ChargingLimit(
    CustomData customData,
    ChargingLimitSourceEnum chargingLimitSource,
    Boolean isGridCritical) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingLimit> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_LIMIT_SOURCE =
      new SerializedString("chargingLimitSource");
  private static final SerializedString NAME_IS_GRID_CRITICAL =
      new SerializedString("isGridCritical");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingLimit {
    Objects.requireNonNull(chargingLimitSource, "chargingLimitSource");
  }

  private static final class Codec implements MessageCodec<ChargingLimit> {
    @Override
    public ChargingLimit read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ChargingLimitSourceEnum chargingLimitSource = null;
      Boolean isGridCritical = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingLimitSource":
            chargingLimitSource = ChargingLimitSourceEnum.read(p, ctx, "chargingLimitSource");
            break;
          case "isGridCritical":
            isGridCritical = Codecs.readBoolean(p, "isGridCritical");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingLimitSource == null) {
        throw Codecs.missing("chargingLimitSource");
      }
      return new ChargingLimit(customData, chargingLimitSource, isGridCritical);
    }

    @Override
    public void write(JsonGenerator g, ChargingLimit value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CHARGING_LIMIT_SOURCE);
      g.writeString(value.chargingLimitSource().wireValue());
      if (value.isGridCritical() != null) {
        g.writeFieldName(NAME_IS_GRID_CRITICAL);
        g.writeBoolean(value.isGridCritical());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingLimit value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
