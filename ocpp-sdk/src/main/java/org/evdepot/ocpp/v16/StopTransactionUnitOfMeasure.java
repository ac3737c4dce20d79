// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 enumeration {@code StopTransactionUnitOfMeasure}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum StopTransactionUnitOfMeasure implements WireEnum {
  /** {@code Wh} */
  WH("Wh"),
  /** {@code kWh} */
  KWH("kWh"),
  /** {@code varh} */
  VARH("varh"),
  /** {@code kvarh} */
  KVARH("kvarh"),
  /** {@code W} */
  W("W"),
  /** {@code kW} */
  KW("kW"),
  /** {@code VA} */
  VA("VA"),
  /** {@code kVA} */
  KVA("kVA"),
  /** {@code var} */
  VAR("var"),
  /** {@code kvar} */
  KVAR("kvar"),
  /** {@code A} */
  A("A"),
  /** {@code V} */
  V("V"),
  /** {@code K} */
  K("K"),
  /** {@code Celcius} */
  CELCIUS("Celcius"),
  /** {@code Celsius} */
  CELSIUS("Celsius"),
  /** {@code Fahrenheit} */
  FAHRENHEIT("Fahrenheit"),
  /** {@code Percent} */
  PERCENT("Percent");

  private final String wireValue;

  StopTransactionUnitOfMeasure(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<StopTransactionUnitOfMeasure> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static StopTransactionUnitOfMeasure lookup(String value) {
    switch (value) {
      case "Wh":
        return WH;
      case "kWh":
        return KWH;
      case "varh":
        return VARH;
      case "kvarh":
        return KVARH;
      case "W":
        return W;
      case "kW":
        return KW;
      case "VA":
        return VA;
      case "kVA":
        return KVA;
      case "var":
        return VAR;
      case "kvar":
        return KVAR;
      case "A":
        return A;
      case "V":
        return V;
      case "K":
        return K;
      case "Celcius":
        return CELCIUS;
      case "Celsius":
        return CELSIUS;
      case "Fahrenheit":
        return FAHRENHEIT;
      case "Percent":
        return PERCENT;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static StopTransactionUnitOfMeasure read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    StopTransactionUnitOfMeasure value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static StopTransactionUnitOfMeasure match(char[] text, int offset, int length) {
    switch (length) {
      case 1:
        if (Codecs.sameText("W", text, offset)) {
          return W;
        }
        if (Codecs.sameText("A", text, offset)) {
          return A;
        }
        if (Codecs.sameText("V", text, offset)) {
          return V;
        }
        if (Codecs.sameText("K", text, offset)) {
          return K;
        }
        return null;
      case 2:
        if (Codecs.sameText("Wh", text, offset)) {
          return WH;
        }
        if (Codecs.sameText("kW", text, offset)) {
          return KW;
        }
        if (Codecs.sameText("VA", text, offset)) {
          return VA;
        }
        return null;
      case 3:
        if (Codecs.sameText("kWh", text, offset)) {
          return KWH;
        }
        if (Codecs.sameText("kVA", text, offset)) {
          return KVA;
        }
        if (Codecs.sameText("var", text, offset)) {
          return VAR;
        }
        return null;
      case 4:
        if (Codecs.sameText("varh", text, offset)) {
          return VARH;
        }
        if (Codecs.sameText("kvar", text, offset)) {
          return KVAR;
        }
        return null;
      case 5:
        if (Codecs.sameText("kvarh", text, offset)) {
          return KVARH;
        }
        return null;
      case 7:
        if (Codecs.sameText("Celcius", text, offset)) {
          return CELCIUS;
        }
        if (Codecs.sameText("Celsius", text, offset)) {
          return CELSIUS;
        }
        if (Codecs.sameText("Percent", text, offset)) {
          return PERCENT;
        }
        return null;
      case 10:
        if (Codecs.sameText("Fahrenheit", text, offset)) {
          return FAHRENHEIT;
        }
        return null;
      default:
        return null;
    }
  }
}
