package org.evdepot.ocpp.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.codec.ViolationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each negative vector (given a payload, when it is decoded, then this violation) is rejected in
 * strict mode with the expected kind and path, and lenient mode tolerates exactly the cases the
 * vector says it does.
 */
class NegativeVectorTest {

  private static final List<Vectors.Negative> NEGATIVES = Vectors.negatives();

  static List<Vectors.Negative> negatives() {
    return NEGATIVES;
  }

  @Test
  void negativeVectorsCoverEveryViolationKindInBothVersions() {
    for (OcppVersion v : OcppVersion.values()) {
      for (ViolationKind k : ViolationKind.values()) {
        assertThat(negatives())
            .as("%s negatives of kind %s", v, k)
            .anyMatch(n -> n.version() == v && n.spec().at("/then/kind").asText().equals(k.name()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negative_isRejectedInStrictModeWithTheExpectedKindAndPath(Vectors.Negative n)
      throws Exception {
    ActionType<?, ?> action = n.version().catalog().find(n.action()).orElseThrow();
    String json = Vectors.MAPPER.writeValueAsString(n.payload());

    assertThatThrownBy(() -> OcppJson.read(action, n.request(), json, DecodeContext.strict()))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> {
              Violation v = e.violation();
              assertThat(v.kind().name()).isEqualTo(n.spec().at("/then/kind").asText());
              assertThat(v.path()).isEqualTo(n.spec().at("/then/path").asText());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negative_isHandledInLenientModeAsTheVectorSays(Vectors.Negative n) throws Exception {
    ActionType<?, ?> action = n.version().catalog().find(n.action()).orElseThrow();
    String json = Vectors.MAPPER.writeValueAsString(n.payload());
    JsonNode lenient = n.spec().get("lenient");
    DecodeContext ctx = DecodeContext.lenient();
    if (lenient != null && lenient.get("accepted").asBoolean()) {
      OcppJson.read(action, n.request(), json, ctx);
      List<String> expected = new ArrayList<>();
      lenient.get("warnings").forEach(w -> expected.add(w.asText()));
      assertThat(ctx.warnings())
          .extracting(w -> w.kind() + " " + w.path())
          .containsExactlyElementsOf(expected);
    } else {
      assertThatThrownBy(() -> OcppJson.read(action, n.request(), json, ctx))
          .isInstanceOfSatisfying(
              OcppDecodeException.class,
              e -> {
                JsonNode then =
                    lenient != null && lenient.has("path") ? lenient : n.spec().get("then");
                assertThat(e.violation().kind().name()).isEqualTo(then.get("kind").asText());
                assertThat(e.violation().path()).isEqualTo(then.get("path").asText());
              });
    }
  }
}
