// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

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
   * wrong case (with a warning).
   */
  static ConnectorEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ConnectorEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
