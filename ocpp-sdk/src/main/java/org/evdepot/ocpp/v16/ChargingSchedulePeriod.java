// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 type {@code ChargingSchedulePeriod}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param startPeriod required
 * @param limit required; a multiple of 0.1
 * @param numberPhases optional, null when absent
 */
public record ChargingSchedulePeriod(
    int startPeriod,
    BigDecimal limit,
    Integer numberPhases) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingSchedulePeriod> CODEC = new Codec();

  private static final SerializedString NAME_START_PERIOD = new SerializedString("startPeriod");
  private static final SerializedString NAME_LIMIT = new SerializedString("limit");
  private static final SerializedString NAME_NUMBER_PHASES = new SerializedString("numberPhases");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingSchedulePeriod {
    Objects.requireNonNull(limit, "limit");
  }

  private static final class Codec implements MessageCodec<ChargingSchedulePeriod> {
    private static final BigDecimal DECIMAL_0_1 = new BigDecimal("0.1");

    @Override
    public ChargingSchedulePeriod read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int startPeriod = 0;
      boolean hasStartPeriod = false;
      BigDecimal limit = null;
      Integer numberPhases = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "startPeriod":
            startPeriod = Codecs.readInt(p, "startPeriod");
            hasStartPeriod = true;
            break;
          case "limit":
            limit = Codecs.multipleOf(Codecs.readDecimal(p, "limit"), DECIMAL_0_1, "limit");
            break;
          case "numberPhases":
            numberPhases = Codecs.readInt(p, "numberPhases");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasStartPeriod) {
        throw Codecs.missing("startPeriod");
      }
      if (limit == null) {
        throw Codecs.missing("limit");
      }
      return new ChargingSchedulePeriod(startPeriod, limit, numberPhases);
    }

    @Override
    public void write(JsonGenerator g, ChargingSchedulePeriod value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_START_PERIOD);
      g.writeNumber(value.startPeriod());
      g.writeFieldName(NAME_LIMIT);
      Codecs.writeDecimal(g, value.limit());
      if (value.numberPhases() != null) {
        g.writeFieldName(NAME_NUMBER_PHASES);
        g.writeNumber(value.numberPhases());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingSchedulePeriod value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkMultipleOf(out, "limit", value.limit(), DECIMAL_0_1);
      return out;
    }
  }
}
