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
 * The {@code ReservationStatusUpdate} request of OCPP 2.0.1, answered by {@link
 * ReservationStatusUpdateResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param reservationId required. The ID of the reservation.
 * @param reservationUpdateStatus required. The updated reservation status.
 */
public record ReservationStatusUpdateRequest(
    CustomData customData,
    int reservationId,
    ReservationUpdateStatusEnum reservationUpdateStatus)
    implements OcppRequest<ReservationStatusUpdateResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ReservationStatusUpdateRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_RESERVATION_ID = new SerializedString("reservationId");
  private static final SerializedString NAME_RESERVATION_UPDATE_STATUS =
      new SerializedString("reservationUpdateStatus");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ReservationStatusUpdateRequest {
    Objects.requireNonNull(reservationUpdateStatus, "reservationUpdateStatus");
  }

  /** The {@code ReservationStatusUpdate} action. */
  @Override
  public ActionType<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse> actionType() {
    return V201Actions.RESERVATION_STATUS_UPDATE;
  }

  private static final class Codec implements MessageCodec<ReservationStatusUpdateRequest> {
    @Override
    public ReservationStatusUpdateRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int reservationId = 0;
      boolean hasReservationId = false;
      ReservationUpdateStatusEnum reservationUpdateStatus = null;
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
          case "reservationUpdateStatus":
            reservationUpdateStatus =
                ReservationUpdateStatusEnum.read(p, ctx, "reservationUpdateStatus");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasReservationId) {
        throw Codecs.missing("reservationId");
      }
      if (reservationUpdateStatus == null) {
        throw Codecs.missing("reservationUpdateStatus");
      }
      return new ReservationStatusUpdateRequest(customData, reservationId, reservationUpdateStatus);
    }

    @Override
    public void write(JsonGenerator g, ReservationStatusUpdateRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_RESERVATION_ID);
      g.writeNumber(value.reservationId());
      g.writeFieldName(NAME_RESERVATION_UPDATE_STATUS);
      g.writeString(value.reservationUpdateStatus().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ReservationStatusUpdateRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
