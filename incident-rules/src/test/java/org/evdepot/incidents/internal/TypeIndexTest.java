package org.evdepot.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.rules.AttributeMatcher;
import org.evdepot.incidents.rules.Condition;
import org.evdepot.incidents.rules.Rule;
import org.evdepot.incidents.rules.RuleKind;
import org.junit.jupiter.api.Test;

/** Guards: which rules an event is even offered to. */
class TypeIndexTest {

  static final Source C1 = Source.depot("d").charger("CP-1").connector("1");

  static RuleEvaluator match(String id, String code) {
    return RuleEvaluator.of(
        Rule.builder(id, RuleKind.MATCH)
            .when(Condition.type("StatusNotification").where("errorCode", code))
            .resolveWhen(Condition.type("StatusNotification").where("errorCode", "NoError"))
            .build());
  }

  @Test
  void guard_isTheEqualityAttributeSharedByAllConditions_withTheFewestValues() {
    RuleEvaluator state =
        RuleEvaluator.of(
            Rule.builder("s", RuleKind.STATE)
                .when(
                    Condition.type("StatusNotification")
                        .where("status", "Unavailable")
                        .where("vendorErrorCode", "V1"))
                .clearWhen(
                    Condition.type("StatusNotification")
                        .where("status", "Available")
                        .where("vendorErrorCode", "V1"))
                .holdFor(Duration.ofMinutes(5))
                .build());
    assertThat(state.guard()).isEqualTo(new RuleEvaluator.Guard("vendorErrorCode", Set.of("V1")));
    assertThat(match("m", "E1").guard())
        .isEqualTo(new RuleEvaluator.Guard("errorCode", Set.of("E1", "NoError")));
  }

  @Test
  void noGuard_whenAnyEventMayMatter() {
    RuleEvaluator defaultClear =
        RuleEvaluator.of(
            Rule.builder("f", RuleKind.STATE)
                .when(Condition.type("StatusNotification").where("status", "Faulted"))
                .build());
    RuleEvaluator numeric =
        RuleEvaluator.of(
            Rule.builder("n", RuleKind.MATCH)
                .when(
                    Condition.type("MeterValues")
                        .where(new AttributeMatcher("phase", AttributeMatcher.Op.EQ, List.of(3))))
                .build());
    assertThat(defaultClear.guard()).isNull();
    assertThat(numeric.guard()).isNull();
  }

  @Test
  void forEach_offersAnEventOnlyToUnguardedRulesAndRulesGuardedByItsValue() {
    RuleEvaluator e1 = match("m1", "E1");
    RuleEvaluator e2 = match("m2", "E2");
    RuleEvaluator plain =
        RuleEvaluator.of(
            Rule.builder("f", RuleKind.STATE)
                .when(Condition.type("StatusNotification").where("status", "Faulted"))
                .build());
    TypeIndex index = new TypeIndex(List.of(e1, e2, plain));
    Instant t = Instant.parse("2026-03-02T08:00:00Z");

    List<String> seen = new ArrayList<>();
    index.forEach(
        Event.of("StatusNotification", t, C1, "errorCode", "E2"), e -> seen.add(e.rule().id()));
    assertThat(seen).containsExactly("f", "m2");

    seen.clear();
    index.forEach(
        Event.of("StatusNotification", t, C1, "errorCode", "NoError"),
        e -> seen.add(e.rule().id()));
    assertThat(seen).containsExactly("f", "m1", "m2");

    seen.clear();
    index.forEach(
        Event.of("StatusNotification", t, C1, "status", "Available"), e -> seen.add(e.rule().id()));
    assertThat(seen).containsExactly("f");
  }
}
