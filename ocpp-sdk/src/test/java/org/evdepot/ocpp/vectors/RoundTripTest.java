package org.evdepot.ocpp.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppMessage;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid example of every action of both versions survives decode, encode and decode. */
class RoundTripTest {

  private static final List<Vectors.Example> EXAMPLES = Vectors.examples();

  static List<Vectors.Example> examples() {
    return EXAMPLES;
  }

  @Test
  void everyActionOfBothVersionsHasAValidRequestAndResponseExample() {
    for (OcppVersion v : OcppVersion.values()) {
      for (ActionType<?, ?> a : v.catalog().all()) {
        assertThat(examples())
            .as("examples of %s", a)
            .filteredOn(e -> e.version() == v && e.action().equals(a.name()))
            .hasSize(2);
      }
    }
    assertThat(examples()).hasSize(2 * (39 + 64));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_decodesEncodesToTheSameTreeAndDecodesToAnEqualValue(Vectors.Example e)
      throws Exception {
    ActionType<?, ?> action = e.version().catalog().find(e.action()).orElseThrow();
    String json = Vectors.MAPPER.writeValueAsString(e.payload());

    OcppMessage first = OcppJson.read(action, e.request(), json, DecodeContext.strict());
    String encoded = OcppJson.toJson(first);
    OcppMessage second = OcppJson.read(action, e.request(), encoded, DecodeContext.strict());

    assertThat(first.getClass())
        .isEqualTo(e.request() ? action.requestType() : action.responseType());
    assertThat(second).isEqualTo(first);
    JsonNode expected = Vectors.normalised(e.payload());
    JsonNode actual = Vectors.MAPPER.readTree(encoded);
    assertThat(Vectors.sameTree(actual, expected))
        .as("encoded %s%n equals (modulo date normalisation) %s", actual, expected)
        .isTrue();
    assertThat(OcppJson.validate(first)).isEmpty();
    if (first instanceof OcppRequest<?> r) {
      assertThat(r.actionType()).isSameAs(action);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_isAcceptedByLenientModeWithoutWarnings(Vectors.Example e) throws Exception {
    ActionType<?, ?> action = e.version().catalog().find(e.action()).orElseThrow();
    DecodeContext ctx = DecodeContext.lenient();
    OcppJson.read(action, e.request(), Vectors.MAPPER.writeValueAsString(e.payload()), ctx);
    assertThat(ctx.warnings()).isEmpty();
  }
}
