package org.evdepot.ocpp.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A CALLERROR: the peer answered our CALL with an error, or a handler throws this to answer a CALL
 * with a specific error code instead of {@code InternalError}.
 */
public class CallErrorException extends OcppException {
  private static final long serialVersionUID = 1L;
  private final RpcErrorCode code;
  private final String wireCode;
  private final String description;
  private final transient ObjectNode details;

  /** An error with {@code code} and {@code description} and no details. */
  public CallErrorException(RpcErrorCode code, String description) {
    this(code, null, description, null);
  }

  /**
   * An error as received or to be sent.
   *
   * @param code the code
   * @param wireCode the code exactly as received (null when created locally)
   * @param description human-readable description, may be empty
   * @param details the error details object, or null for {@code {}}
   */
  public CallErrorException(
      RpcErrorCode code, String wireCode, String description, ObjectNode details) {
    super((wireCode != null ? wireCode : code.name()) + ": " + description);
    this.code = Objects.requireNonNull(code, "code");
    this.wireCode = wireCode;
    this.description = description == null ? "" : description;
    this.details = details;
  }

  /** The error code. */
  public RpcErrorCode code() {
    return code;
  }

  /** The code as received on the wire, or null when this error was created locally. */
  public String wireCode() {
    return wireCode;
  }

  /** The error description. */
  public String description() {
    return description;
  }

  /** The error details, or null when there were none. */
  public ObjectNode details() {
    return details;
  }
}
