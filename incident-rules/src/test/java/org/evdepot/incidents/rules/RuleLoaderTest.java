package org.evdepot.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.evdepot.incidents.Severity;
import org.evdepot.incidents.SourceKind;
import org.junit.jupiter.api.Test;

/** Rule files are read strictly; mistakes name the file, rule and field. */
class RuleLoaderTest {

  static final String GOOD_YAML =
      """
      rules:
        - id: connector-faulted
          kind: state
          severity: critical
          scope: connector
          labels: {team: depot-ops}
          when:
            type: StatusNotification
            where:
              status: Faulted
              errorCode: {ne: NoError}
          for: 2m
          summary: "{{subject}} faulted"
          description: "error {{attr.errorCode}}"
      inhibit:
        - name: offline-mutes-faults
          source: ["rule=charger-offline"]
          target: ["rule=connector-faulted"]
          equal: [charger]
      """;

  @Test
  void yaml_withEveryCommonField_isReadIntoARule() {
    RuleSet set = RuleLoader.parse("good.yaml", GOOD_YAML);
    assertThat(set.rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("connector-faulted");
              assertThat(r.kind()).isEqualTo(RuleKind.STATE);
              assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(r.scope()).isEqualTo(SourceKind.CONNECTOR);
              assertThat(r.labels()).containsEntry("team", "depot-ops");
              assertThat(r.holdFor()).isEqualTo(Duration.ofMinutes(2));
              assertThat(r.when().types()).containsExactly("StatusNotification");
              assertThat(r.when().where())
                  .containsExactly(
                      AttributeMatcher.eq("status", "Faulted"),
                      new AttributeMatcher(
                          "errorCode", AttributeMatcher.Op.NE, java.util.List.of("NoError")));
              assertThat(r.dedupKey().text()).isEqualTo(Rule.DEFAULT_DEDUP_KEY);
            });
    assertThat(set.inhibitRules())
        .singleElement()
        .satisfies(i -> assertThat(i.equal()).containsExactly("charger"));
  }

  @Test
  void json_isReadLikeYaml() {
    String json =
        """
        {"rules": [{"id": "reboots", "kind": "count", "when": {"type": "BootNotification"},
                    "count": 3, "window": "PT1H", "dedupKey": "{{rule}}/{{source.charger}}"}]}
        """;
    Rule r = RuleLoader.parse("rules.json", json).rules().get(0);
    assertThat(r.count()).isEqualTo(3);
    assertThat(r.window()).isEqualTo(Duration.ofHours(1));
    assertThat(r.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void javaApi_andFile_giveEqualRules() {
    Rule fromFile =
        RuleLoader.parse(
                "x.yaml",
                """
        rules:
          - id: hot
            kind: threshold
            when: {type: SitePower}
            metric: powerKw
            op: gt
            value: 0.95
            relativeTo: limitKw
            for: 5m
        """)
            .rules()
            .get(0);
    Rule fromApi =
        Rule.builder("hot", RuleKind.THRESHOLD)
            .when(Condition.type("SitePower"))
            .metric("powerKw")
            .threshold(AttributeMatcher.Op.GT, 0.95)
            .relativeTo("limitKw")
            .holdFor(Duration.ofMinutes(5))
            .build();
    assertThat(fromFile).isEqualTo(fromApi);
  }

  private static void rejects(String yaml, String rule, String field, String fragment) {
    assertThatThrownBy(() -> RuleLoader.parse("depot.yaml", yaml))
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e -> {
              assertThat(e.file()).isEqualTo("depot.yaml");
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage())
                  .startsWith("depot.yaml: rule '" + rule + "': field '" + field + "': ")
                  .contains(fragment);
            });
  }

  @Test
  void unknownField_isRejectedNamingFileRuleAndField() {
    rejects(
        """
        rules:
          - id: faulted
            kind: state
            when: {type: StatusNotification}
            holdFor: 2m
        """,
        "faulted",
        "holdFor",
        "unknown field for kind state");
  }

  @Test
  void fieldOfAnotherKind_isRejected() {
    rejects(
        """
        rules:
          - id: boot
            kind: match
            when: {type: BootNotification}
            window: 1h
        """,
        "boot",
        "window",
        "unknown field for kind match");
  }

  @Test
  void badDuration_isRejected() {
    rejects(
        """
        rules:
          - id: faulted
            kind: state
            when: {type: StatusNotification}
            for: 2 minutes
        """,
        "faulted",
        "for",
        "bad duration '2 minutes'");
  }

  @Test
  void templateWithUnknownVariable_isRejected() {
    rejects(
        """
        rules:
          - id: faulted
            kind: state
            when: {type: StatusNotification}
            summary: "{{subjct}} faulted"
        """,
        "faulted",
        "summary",
        "unknown variable 'subjct'");
  }

  @Test
  void unclosedTemplate_isRejected() {
    rejects(
        """
        rules:
          - id: faulted
            kind: state
            when: {type: StatusNotification}
            dedupKey: "{{rule}/{{subject}}"
        """,
        "faulted",
        "dedupKey",
        "template");
  }

  @Test
  void badOperatorInCondition_isRejectedNamingTheConditionPath() {
    rejects(
        """
        rules:
          - id: hot
            kind: match
            when: {type: SitePower, where: {powerKw: {greater: 5}}}
        """,
        "hot",
        "when.where.powerKw",
        "operator must be one of");
  }

  @Test
  void ruleWithoutId_isNamedByItsPosition() {
    rejects(
        """
        rules:
          - id: ok
            kind: match
            when: {type: A}
          - kind: match
            when: {type: B}
        """,
        "#2",
        "id",
        "is required");
  }

  @Test
  void duplicateIds_areRejected() {
    rejects(
        """
        rules:
          - id: same
            kind: match
            when: {type: A}
          - id: same
            kind: match
            when: {type: B}
        """,
        "same",
        "id",
        "used twice");
  }

  @Test
  void missingRequiredKindField_isRejected() {
    rejects(
        """
        rules:
          - id: reboots
            kind: count
            when: {type: BootNotification}
            window: 1h
        """,
        "reboots",
        "count",
        "at least 1");
  }

  @Test
  void malformedYaml_isRejectedNamingTheFile() {
    assertThatThrownBy(() -> RuleLoader.parse("broken.yaml", "rules: [ {id: x"))
        .isInstanceOf(RuleLoadException.class)
        .hasMessageStartingWith("broken.yaml: not valid YAML");
  }

  @Test
  void durations_acceptShortAndIsoForms() {
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThatThrownBy(() -> Durations.parse("10 m")).hasMessageContaining("bad duration");
  }

  @Test
  void progressRule_fromFile_equalsTheJavaApi_andIsStrictAboutItsFields() {
    String yaml =
        """
        rules:
          - id: session-failed-to-start
            kind: progress
            scope: connector
            when: {type: StatusNotification, where: {status: {in: [Preparing, Charging]}}}
            samples: {type: MeterValues}
            metric: energyWh
            for: 10m
        """;
    Rule fromApi =
        Rule.builder("session-failed-to-start", RuleKind.PROGRESS)
            .scope(SourceKind.CONNECTOR)
            .when(
                Condition.type("StatusNotification")
                    .where(
                        new AttributeMatcher(
                            "status",
                            AttributeMatcher.Op.IN,
                            java.util.List.of("Preparing", "Charging"))))
            .samples(Condition.type("MeterValues"))
            .metric("energyWh")
            .holdFor(Duration.ofMinutes(10))
            .build();
    assertThat(RuleLoader.parse("depot.yaml", yaml).rules()).containsExactly(fromApi);

    rejects(yaml.replace("    for: 10m\n", ""), "session-failed-to-start", "for", "required");
    rejects(
        yaml.replace("    samples: {type: MeterValues}\n", ""),
        "session-failed-to-start",
        "samples",
        "must be set");
    rejects(
        yaml.replace("    metric: energyWh\n", ""),
        "session-failed-to-start",
        "metric",
        "must name an attribute");
    rejects(
        yaml.replace("kind: progress", "kind: state"),
        "session-failed-to-start",
        "samples",
        "unknown field for kind state");
  }

  @Test
  void builtInPack_sessionFailedToStart_watchesTheEnergyRegisterWhilePlugged() {
    Rule r =
        RuleLoader.depotPack().rules().stream()
            .filter(x -> x.id().equals("session-failed-to-start"))
            .findFirst()
            .orElseThrow();
    assertThat(r.kind()).isEqualTo(RuleKind.PROGRESS);
    assertThat(r.metric()).isEqualTo("energyWh");
    assertThat(r.samples().types()).containsExactly("MeterValues");
    assertThat(r.when().where())
        .containsExactly(
            new AttributeMatcher(
                "status",
                AttributeMatcher.Op.IN,
                java.util.List.of("Preparing", "SuspendedEV", "SuspendedEVSE", "Charging")));
  }

  @Test
  void builtInDepotPack_loadsAllNineSituations() {
    RuleSet pack = RuleLoader.depotPack();
    assertThat(pack.rules())
        .extracting(Rule::id)
        .containsExactly(
            "charger-offline",
            "connector-faulted",
            "boot-rejected",
            "repeated-reboots",
            "session-failed-to-start",
            "energy-meter-backwards",
            "vehicle-misses-departure-target",
            "site-power-near-limit",
            "site-power-above-limit",
            "telematics-stale");
    assertThat(pack.inhibitRules()).hasSize(2);
  }
}
