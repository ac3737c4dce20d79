// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Type of VPN
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum VPNEnum implements WireEnum {
  /** {@code IKEv2} */
  IK_EV2("IKEv2"),
  /** {@code IPSec} */
  IP_SEC("IPSec"),
  /** {@code L2TP} */
  L2TP("L2TP"),
  /** {@code PPTP} */
  PPTP("PPTP");

  private final String wireValue;

  VPNEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<VPNEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static VPNEnum lookup(String value) {
    switch (value) {
      case "IKEv2":
        return IK_EV2;
      case "IPSec":
        return IP_SEC;
      case "L2TP":
        return L2TP;
      case "PPTP":
        return PPTP;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static VPNEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    VPNEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static VPNEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("L2TP", text, offset)) {
          return L2TP;
        }
        if (Codecs.sameText("PPTP", text, offset)) {
          return PPTP;
        }
        return null;
      case 5:
        if (Codecs.sameText("IKEv2", text, offset)) {
          return IK_EV2;
        }
        if (Codecs.sameText("IPSec", text, offset)) {
          return IP_SEC;
        }
        return null;
      default:
        return null;
    }
  }
}
