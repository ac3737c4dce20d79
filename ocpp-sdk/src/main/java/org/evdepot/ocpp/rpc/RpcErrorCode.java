package org.evdepot.ocpp.rpc;

import java.util.Optional;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.ViolationKind;

/**
 * The CALLERROR codes of OCPP-J, with their spelling in each version (OCPP-J 1.6 section 4.2.3;
 * OCPP 2.0.1 part 4 section 4.3). Where a version lacks a code, the closest code of that version is
 * sent instead.
 */
public enum RpcErrorCode {
  /** The requested action is not known by the receiver. */
  NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
  /** The requested action is recognised but not supported by the receiver. */
  NOT_SUPPORTED("NotSupported", "NotSupported"),
  /** An internal error occurred and the receiver could not process the action. */
  INTERNAL_ERROR("InternalError", "InternalError"),
  /** The payload for the action is incomplete. */
  PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
  /** A security issue prevented the receiver from completing the action. */
  SECURITY_ERROR("SecurityError", "SecurityError"),
  /**
   * The payload is syntactically incorrect or does not conform to the action's PDU structure:
   * {@code FormationViolation} in 1.6, {@code FormatViolation} in 2.0.1.
   */
  FORMAT_VIOLATION("FormationViolation", "FormatViolation"),
  /** A field contains an invalid value. */
  PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
  /**
   * A field violates occurrence constraints; 1.6 spells it {@code OccurenceConstraintViolation}
   * (sic).
   */
  OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
  /** A field violates data type constraints. */
  TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
  /** Any other error. */
  GENERIC_ERROR("GenericError", "GenericError"),
  /** 2.0.1 only: a message type number that is not supported; 1.6 sends FormationViolation. */
  MESSAGE_TYPE_NOT_SUPPORTED("FormationViolation", "MessageTypeNotSupported"),
  /**
   * 2.0.1 only: the content is not a valid RPC frame (e.g. the message id cannot be read); 1.6
   * sends FormationViolation.
   */
  RPC_FRAMEWORK_ERROR("FormationViolation", "RpcFrameworkError");

  private final String v16;
  private final String v201;

  RpcErrorCode(String v16, String v201) {
    this.v16 = v16;
    this.v201 = v201;
  }

  /** The code as sent on a connection of {@code version}. */
  public String wireName(OcppVersion version) {
    return version == OcppVersion.V16 ? v16 : v201;
  }

  /**
   * The code a received wire name stands for. Accepts both spellings of each version, so that a
   * 2.0.1 peer writing {@code FormationViolation} is still understood.
   */
  public static Optional<RpcErrorCode> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    switch (name) {
      case "FormationViolation":
      case "FormatViolation":
        return Optional.of(FORMAT_VIOLATION);
      case "OccurenceConstraintViolation":
      case "OccurrenceConstraintViolation":
        return Optional.of(OCCURRENCE_CONSTRAINT_VIOLATION);
      default:
        for (RpcErrorCode c : values()) {
          if (c.v201.equals(name)) {
            return Optional.of(c);
          }
        }
        return Optional.empty();
    }
  }

  /** The code that reports a schema violation of {@code kind}. */
  public static RpcErrorCode of(ViolationKind kind) {
    switch (kind) {
      case FORMAT:
        return FORMAT_VIOLATION;
      case TYPE:
        return TYPE_CONSTRAINT_VIOLATION;
      case OCCURRENCE:
        return OCCURRENCE_CONSTRAINT_VIOLATION;
      case PROPERTY:
        return PROPERTY_CONSTRAINT_VIOLATION;
      default:
        throw new IllegalArgumentException("unknown violation kind " + kind);
    }
  }
}
