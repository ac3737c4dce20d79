package org.evdepot.ocpp.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evdepot.ocpp.codec.WireEnum;
import org.junit.jupiter.api.Test;

/**
 * Every wire value of every enumeration the fast decoders read is found wherever it stands in the
 * text (also within the last 8 characters, where no whole word can be read), and nothing else is:
 * not a prefix, an extension, a value in another case, or a value with one character changed.
 */
class WireTableTest {
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          org.evdepot.ocpp.v16.ReadingContext.class,
          org.evdepot.ocpp.v16.ValueFormat.class,
          org.evdepot.ocpp.v16.Measurand.class,
          org.evdepot.ocpp.v16.Phase.class,
          org.evdepot.ocpp.v16.Location.class,
          org.evdepot.ocpp.v16.UnitOfMeasure.class,
          org.evdepot.ocpp.v201.ReadingContextEnum.class,
          org.evdepot.ocpp.v201.MeasurandEnum.class,
          org.evdepot.ocpp.v201.PhaseEnum.class,
          org.evdepot.ocpp.v201.LocationEnum.class,
          org.evdepot.ocpp.v201.TransactionEventEnum.class,
          org.evdepot.ocpp.v201.TriggerReasonEnum.class,
          org.evdepot.ocpp.v201.ChargingStateEnum.class,
          org.evdepot.ocpp.v201.ReasonEnum.class);

  @Test
  void findsEveryWireValueAndNothingElse() {
    int checked = 0;
    for (Class<? extends Enum<?>> type : ENUMS) {
      checked += check(type);
    }
    assertThat(checked).isGreaterThan(2000);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int check(Class<? extends Enum<?>> type) {
    Enum[] values = type.getEnumConstants();
    Map<String, Enum> byWire = new HashMap<>();
    for (Enum e : values) {
      byWire.put(((WireEnum) e).wireValue(), e);
    }
    WireTable table = new WireTable(values);
    int checked = 0;
    for (Enum e : values) {
      String wire = ((WireEnum) e).wireValue();
      List<String> variants = new ArrayList<>();
      variants.add(wire);
      variants.add(wire + "x");
      variants.add(wire.substring(0, wire.length() - 1));
      variants.add(wire.toUpperCase(Locale.ROOT));
      variants.add(wire.toLowerCase(Locale.ROOT));
      for (int i = 0; i < wire.length(); i++) {
        char[] changed = wire.toCharArray();
        changed[i] = changed[i] == '~' ? '!' : '~';
        variants.add(new String(changed));
      }
      // far from the end (word reads), and as the last thing in the text (byte reads)
      for (String tail : List.of("\",\"next\":\"0123456789abcdef\"}", "\"}")) {
        for (String v : variants) {
          // exactly the constant whose wire value the text is, or none
          assertThat(read(table, v, tail))
              .as("%s (from %s of %s)", v, wire, type)
              .isSameAs(byWire.get(v));
          checked++;
        }
      }
    }
    return checked;
  }

  private static Object read(WireTable<?> table, String value, String tail) {
    JsonScan s = JsonScan.of("{\"k\":\"" + value + tail);
    s.pos = 6;
    Object result = table.readRest(s);
    if (result != null) {
      assertThat(s.pos).isEqualTo(6 + value.length() + 1);
    }
    return result;
  }
}
