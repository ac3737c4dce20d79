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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code CancelReservation} request of OCPP 2.0.1, answered by {@link
 * CancelReservationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param reservationId required. Id of the reservation to cancel.
 */
public record CancelReservationRequest(
    CustomData customData,
    int reservationId)
    implements OcppRequest<CancelReservationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CancelReservationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_RESERVATION_ID = new SerializedString("reservationId");

  /** The {@code CancelReservation} action. */
  @Override
  public ActionType<CancelReservationRequest, CancelReservationResponse> actionType() {
    return V201Actions.CANCEL_RESERVATION;
  }

  private static final class Codec implements MessageCodec<CancelReservationRequest> {
    @Override
    public CancelReservationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int reservationId = 0;
      boolean hasReservationId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "reservationId":
            reservationId = Codecs.readInt(p, "reservationId");
            hasReservationId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasReservationId) {
        throw Codecs.missing("reservationId");
      }
      return new CancelReservationRequest(customData, reservationId);
    }

    @Override
    public void write(JsonGenerator g, CancelReservationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_RESERVATION_ID);
      g.writeNumber(value.reservationId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CancelReservationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
