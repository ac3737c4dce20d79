package org.evdepot.ocpp;

import java.util.Objects;
import org.evdepot.ocpp.codec.MessageCodec;

/**
 * One OCPP action of one version: its name on the wire, who may initiate it, and the codecs of its
 * request and response payloads. Instances are constants of the generated catalogs ({@code
 * org.evdepot.ocpp.v16.V16Actions}, {@code org.evdepot.ocpp.v201.V201Actions}).
 *
 * @param <Q> request payload type
 * @param <R> response payload type
 */
public final class ActionType<Q extends OcppRequest<R>, R extends OcppResponse> {
  private final OcppVersion version;
  private final String name;
  private final Initiator initiator;
  private final Class<Q> requestType;
  private final Class<R> responseType;
  private final MessageCodec<Q> requestCodec;
  private final MessageCodec<R> responseCodec;

  /** Creates an action; used by the generated catalogs. */
  public ActionType(
      OcppVersion version,
      String name,
      Initiator initiator,
      Class<Q> requestType,
      Class<R> responseType,
      MessageCodec<Q> requestCodec,
      MessageCodec<R> responseCodec) {
    this.version = Objects.requireNonNull(version, "version");
    this.name = Objects.requireNonNull(name, "name");
    this.initiator = Objects.requireNonNull(initiator, "initiator");
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    this.requestCodec = Objects.requireNonNull(requestCodec, "requestCodec");
    this.responseCodec = Objects.requireNonNull(responseCodec, "responseCodec");
  }

  /** The protocol version this action belongs to. */
  public OcppVersion version() {
    return version;
  }

  /** The action name as it appears in a CALL frame, e.g. {@code BootNotification}. */
  public String name() {
    return name;
  }

  /** Which side may send the CALL. */
  public Initiator initiator() {
    return initiator;
  }

  /** The request record class. */
  public Class<Q> requestType() {
    return requestType;
  }

  /** The response record class. */
  public Class<R> responseType() {
    return responseType;
  }

  /** Reads, writes and validates the request payload. */
  public MessageCodec<Q> requestCodec() {
    return requestCodec;
  }

  /** Reads, writes and validates the response payload. */
  public MessageCodec<R> responseCodec() {
    return responseCodec;
  }

  @Override
  public String toString() {
    return version.subprotocol() + ":" + name;
  }
}
