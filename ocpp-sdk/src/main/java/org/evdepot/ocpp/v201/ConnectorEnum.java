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
 * This field specifies the connector type.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ConnectorEnum implements WireEnum {
  /** {@code cCCS1} */
  C_CCS1("cCCS1"),
  /** {@code cCCS2} */
  C_CCS2("cCCS2"),
  /** {@code cG105} */
  C_G105("cG105"),
  /** {@code cTesla} */
  C_TESLA("cTesla"),
  /** {@code cType1} */
  C_TYPE1("cType1"),
  /** {@code cType2} */
  C_TYPE2("cType2"),
  /** {@code s309-1P-16A} */
  S309_1P_16A("s309-1P-16A"),
  /** {@code s309-1P-32A} */
  S309_1P_32A("s309-1P-32A"),
  /** {@code s309-3P-16A} */
  S309_3P_16A("s309-3P-16A"),
  /** {@code s309-3P-32A} */
  S309_3P_32A("s309-3P-32A"),
  /** {@code sBS1361} */
  S_BS1361("sBS1361"),
  /** {@code sCEE-7-7} */
  S_CEE_7_7("sCEE-7-7"),
  /** {@code sType2} */
  S_TYPE2("sType2"),
  /** {@code sType3} */
  S_TYPE3("sType3"),
  /** {@code Other1PhMax16A} */
  OTHER1_PH_MAX16A("Other1PhMax16A"),
  /** {@code Other1PhOver16A} */
  OTHER1_PH_OVER16A("Other1PhOver16A"),
  /** {@code Other3Ph} */
  OTHER3_PH("Other3Ph"),
  /** {@code Pan} */
  PAN("Pan"),
  /** {@code wInductive} */
  W_INDUCTIVE("wInductive"),
  /** {@code wResonant} */
  W_RESONANT("wResonant"),
  /** {@code Undetermined} */
  UNDETERMINED("Undetermined"),
  /** {@code Unknown} */
  UNKNOWN("Unknown");

  private final String wireValue;

  ConnectorEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ConnectorEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ConnectorEnum lookup(String value) {
    switch (value) {
      case "cCCS1":
        return C_CCS1;
      case "cCCS2":
        return C_CCS2;
      case "cG105":
        return C_G105;
      case "cTesla":
        return C_TESLA;
      case "cType1":
        return C_TYPE1;
      case "cType2":
        return C_TYPE2;
      case "s309-1P-16A":
        return S309_1P_16A;
      case "s309-1P-32A":
        return S309_1P_32A;
      case "s309-3P-16A":
        return S309_3P_16A;
      case "s309-3P-32A":
        return S309_3P_32A;
      case "sBS1361":
        return S_BS1361;
      case "sCEE-7-7":
        return S_CEE_7_7;
      case "sType2":
        return S_TYPE2;
      case "sType3":
        return S_TYPE3;
      case "Other1PhMax16A":
        return OTHER1_PH_MAX16A;
      case "Other1PhOver16A":
        return OTHER1_PH_OVER16A;
      case "Other3Ph":
        return OTHER3_PH;
      case "Pan":
        return PAN;
      case "wInductive":
        return W_INDUCTIVE;
      case "wResonant":
        return W_RESONANT;
      case "Undetermined":
        return UNDETERMINED;
      case "Unknown":
        return UNKNOWN;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ConnectorEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ConnectorEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ConnectorEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("Pan", text, offset)) {
          return PAN;
        }
        return null;
      case 5:
        if (Codecs.sameText("cCCS1", text, offset)) {
          return C_CCS1;
        }
        if (Codecs.sameText("cCCS2", text, offset)) {
          return C_CCS2;
        }
        if (Codecs.sameText("cG105", text, offset)) {
          return C_G105;
        }
        return null;
      case 6:
        if (Codecs.sameText("cTesla", text, offset)) {
          return C_TESLA;
        }
        if (Codecs.sameText("cType1", text, offset)) {
          return C_TYPE1;
        }
        if (Codecs.sameText("cType2", text, offset)) {
          return C_TYPE2;
        }
        if (Codecs.sameText("sType2", text, offset)) {
          return S_TYPE2;
        }
        if (Codecs.sameText("sType3", text, offset)) {
          return S_TYPE3;
        }
        return null;
      case 7:
        if (Codecs.sameText("sBS1361", text, offset)) {
          return S_BS1361;
        }
        if (Codecs.sameText("Unknown", text, offset)) {
          return UNKNOWN;
        }
        return null;
      case 8:
        if (Codecs.sameText("sCEE-7-7", text, offset)) {
          return S_CEE_7_7;
        }
        if (Codecs.sameText("Other3Ph", text, offset)) {
          return OTHER3_PH;
        }
        return null;
      case 9:
        if (Codecs.sameText("wResonant", text, offset)) {
          return W_RESONANT;
        }
        return null;
      case 10:
        if (Codecs.sameText("wInductive", text, offset)) {
          return W_INDUCTIVE;
        }
        return null;
      case 11:
        if (Codecs.sameText("s309-1P-16A", text, offset)) {
          return S309_1P_16A;
        }
        if (Codecs.sameText("s309-1P-32A", text, offset)) {
          return S309_1P_32A;
        }
        if (Codecs.sameText("s309-3P-16A", text, offset)) {
          return S309_3P_16A;
        }
        if (Codecs.sameText("s309-3P-32A", text, offset)) {
          return S309_3P_32A;
        }
        return null;
      case 12:
        if (Codecs.sameText("Undetermined", text, offset)) {
          return UNDETERMINED;
        }
        return null;
      case 14:
        if (Codecs.sameText("Other1PhMax16A", text, offset)) {
          return OTHER1_PH_MAX16A;
        }
        return null;
      case 15:
        if (Codecs.sameText("Other1PhOver16A", text, offset)) {
          return OTHER1_PH_OVER16A;
        }
        return null;
      default:
        return null;
    }
  }
}
