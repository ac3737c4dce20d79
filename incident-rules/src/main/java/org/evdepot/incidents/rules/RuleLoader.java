package org.evdepot.incidents.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evdepot.incidents.Severity;
import org.evdepot.incidents.SourceKind;

/**
 * Reads rule files (YAML or JSON) strictly: an unknown field, a field that does not belong to the
 * rule's kind, a bad duration or a template error rejects the whole file with a {@link
 * RuleLoadException} naming the file, rule and field. The format:
 *
 * <pre>{@code
 * rules:
 *   - id: connector-faulted
 *     kind: state            # match | state | absence | count | threshold | decrease | progress
 *     severity: warning      # info | warning | critical
 *     scope: connector       # optional: depot | charger | connector | vehicle | meter
 *     labels: {team: depot-ops}
 *     when: {type: StatusNotification, where: {status: Faulted}}
 *     for: 2m
 *     dedupKey: "{{rule}}/{{subject}}"
 *     summary: "Connector {{subject}} faulted"
 *     description: "Error {{attr.errorCode}} since {{time}}"
 * inhibit:
 *   - name: charger-offline-mutes-its-connectors
 *     source: ["rule=charger-offline"]
 *     target: ["rule=~connector-faulted|session-failed-to-start"]
 *     equal: [charger]
 * }</pre>
 *
 * <p>A condition has {@code type} (one) or {@code types} (list, {@code "*"} for any) and {@code
 * where}: attribute to value (equality) or to one operator object ({@code {gt: 5}}, {@code {in: [A,
 * B]}}, {@code {ne: X}}, {@code {exists: true}}).
 */
public final class RuleLoader {

  /** Resource path of the built-in depot rule pack. */
  public static final String DEPOT_PACK_RESOURCE = "/org/evdepot/incidents/rules/depot-pack.yaml";

  private static final Set<String> COMMON =
      Set.of(
          "id",
          "kind",
          "severity",
          "labels",
          "scope",
          "when",
          "dedupKey",
          "summary",
          "description");
  private static final Map<RuleKind, Set<String>> KIND_FIELDS = new EnumMap<>(RuleKind.class);

  static {
    KIND_FIELDS.put(RuleKind.MATCH, Set.of("resolveWhen", "resolveAfter"));
    KIND_FIELDS.put(RuleKind.STATE, Set.of("clearWhen", "for"));
    KIND_FIELDS.put(RuleKind.ABSENCE, Set.of("for"));
    KIND_FIELDS.put(RuleKind.COUNT, Set.of("count", "window", "resolveWhen"));
    KIND_FIELDS.put(RuleKind.THRESHOLD, Set.of("metric", "op", "value", "relativeTo", "for"));
    KIND_FIELDS.put(RuleKind.DECREASE, Set.of("metric", "resolveWhen", "resolveAfter"));
    KIND_FIELDS.put(RuleKind.PROGRESS, Set.of("clearWhen", "samples", "metric", "for"));
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private RuleLoader() {}

  /**
   * Reads a rule file; {@code .json} files are JSON, anything else YAML.
   *
   * @throws RuleLoadException when the file cannot be read or has a mistake
   */
  public static RuleSet load(Path file) {
    String name = file.toString();
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleLoadException(name, null, null, "cannot read: " + e.getMessage(), e);
    }
    return parse(name, content);
  }

  /**
   * Parses rule text; a {@code sourceName} ending in {@code .json} is read as JSON, anything else
   * as YAML.
   *
   * @param sourceName the name used in error messages
   * @throws RuleLoadException when the text has a mistake
   */
  public static RuleSet parse(String sourceName, String content) {
    ObjectMapper mapper = sourceName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (JsonProcessingException e) {
      throw new RuleLoadException(
          sourceName,
          null,
          null,
          "not valid " + (mapper == JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage(),
          e);
    }
    return new FileReader(sourceName).read(root);
  }

  /** The built-in depot rule pack (see the module README for its rules). */
  public static RuleSet depotPack() {
    try (InputStream in = RuleLoader.class.getResourceAsStream(DEPOT_PACK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEPOT_PACK_RESOURCE);
      }
      return parse("depot-pack.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one file's tree, remembering where it is for messages. */
  private static final class FileReader {
    private final String file;
    private String rule;

    FileReader(String file) {
      this.file = file;
    }

    RuleLoadException fail(String field, String problem) {
      return new RuleLoadException(file, rule, field, problem, null);
    }

    RuleSet read(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw fail(null, "must be an object with 'rules' (and optionally 'inhibit')");
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("rules") && !f.equals("inhibit")) {
          throw fail(f, "unknown top-level field (allowed: rules, inhibit)");
        }
      }
      List<Rule> rules = new ArrayList<>();
      JsonNode rulesNode = root.path("rules");
      if (!rulesNode.isMissingNode()) {
        if (!rulesNode.isArray()) {
          throw fail("rules", "must be a list");
        }
        Set<String> ids = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode r : rulesNode) {
          index++;
          rule = "#" + index;
          Rule parsed = readRule(r);
          if (!ids.add(parsed.id())) {
            throw fail("id", "rule id '" + parsed.id() + "' is used twice");
          }
          rules.add(parsed);
        }
      }
      rule = null;
      List<InhibitRule> inhibits = new ArrayList<>();
      JsonNode inhibitNode = root.path("inhibit");
      if (!inhibitNode.isMissingNode()) {
        if (!inhibitNode.isArray()) {
          throw fail("inhibit", "must be a list");
        }
        int index = 0;
        for (JsonNode i : inhibitNode) {
          index++;
          rule = "inhibit #" + index;
          inhibits.add(readInhibit(i));
        }
      }
      return new RuleSet(rules, inhibits);
    }

    private InhibitRule readInhibit(JsonNode n) {
      if (!n.isObject()) {
        throw fail(null, "must be an object");
      }
      checkFields(n, Set.of("name", "source", "target", "equal"), "inhibit rule");
      String name = text(n, "name", true);
      rule = "inhibit " + name;
      List<LabelMatcher> source = matchers(n, "source");
      List<LabelMatcher> target = matchers(n, "target");
      List<String> equal = new ArrayList<>();
      JsonNode e = n.path("equal");
      if (!e.isMissingNode()) {
        if (!e.isArray()) {
          throw fail("equal", "must be a list of label names");
        }
        e.forEach(x -> equal.add(x.asText()));
      }
      try {
        return new InhibitRule(name, source, target, equal);
      } catch (IllegalArgumentException ex) {
        throw fail(null, ex.getMessage());
      }
    }

    private List<LabelMatcher> matchers(JsonNode n, String field) {
      JsonNode m = n.path(field);
      if (!m.isArray() || m.isEmpty()) {
        throw fail(field, "must be a non-empty list of matchers like 'rule=charger-offline'");
      }
      List<LabelMatcher> out = new ArrayList<>();
      for (JsonNode x : m) {
        try {
          out.add(LabelMatcher.parse(x.asText()));
        } catch (IllegalArgumentException ex) {
          throw fail(field, ex.getMessage());
        }
      }
      return out;
    }

    private void checkFields(JsonNode n, Set<String> allowed, String what) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw fail(
              f,
              "unknown field for "
                  + what
                  + " (allowed: "
                  + String.join(", ", new java.util.TreeSet<>(allowed))
                  + ")");
        }
      }
    }

    private Rule readRule(JsonNode n) {
      if (!n.isObject()) {
        throw fail(null, "must be an object");
      }
      String id = text(n, "id", true);
      rule = id;
      String kindText = text(n, "kind", true);
      RuleKind kind;
      try {
        kind = RuleKind.parse(kindText);
      } catch (IllegalArgumentException e) {
        throw fail("kind", e.getMessage());
      }
      Set<String> allowed = new java.util.HashSet<>(COMMON);
      allowed.addAll(KIND_FIELDS.get(kind));
      checkFields(n, allowed, "kind " + kind.fileName());

      Rule.Builder b = Rule.builder(id, kind);
      String sev = text(n, "severity", false);
      if (sev != null) {
        try {
          b.severity(Severity.parse(sev));
        } catch (IllegalArgumentException e) {
          throw fail("severity", e.getMessage());
        }
      }
      String scope = text(n, "scope", false);
      if (scope != null) {
        try {
          b.scope(SourceKind.parse(scope));
        } catch (IllegalArgumentException e) {
          throw fail("scope", e.getMessage());
        }
      }
      JsonNode labels = n.path("labels");
      if (!labels.isMissingNode()) {
        if (!labels.isObject()) {
          throw fail("labels", "must be a map of label name to value");
        }
        for (Map.Entry<String, JsonNode> e : labels.properties()) {
          if (!e.getValue().isValueNode()) {
            throw fail("labels", "value of label '" + e.getKey() + "' must be a scalar");
          }
          b.label(e.getKey(), e.getValue().asText());
        }
      }
      b.when(condition(n, "when", true));
      b.clearWhen(condition(n, "clearWhen", false));
      b.samples(condition(n, "samples", false));
      b.resolveWhen(condition(n, "resolveWhen", false));
      b.resolveAfter(duration(n, "resolveAfter"));
      if (n.has("for")) {
        b.holdFor(duration(n, "for"));
      } else if (kind == RuleKind.ABSENCE || kind == RuleKind.PROGRESS) {
        throw fail("for", "is required for kind " + kind.fileName());
      }
      b.window(duration(n, "window"));
      if (n.has("count")) {
        if (!n.get("count").canConvertToInt() || !n.get("count").isIntegralNumber()) {
          throw fail("count", "must be a whole number but was '" + n.get("count").asText() + "'");
        }
        b.count(n.get("count").intValue());
      }
      b.metric(text(n, "metric", false));
      String op = text(n, "op", false);
      if (op != null || n.has("value")) {
        AttributeMatcher.Op parsedOp = null;
        if (op != null) {
          try {
            parsedOp = AttributeMatcher.Op.parse(op);
          } catch (IllegalArgumentException e) {
            throw fail("op", e.getMessage());
          }
        }
        JsonNode v = n.path("value");
        if (!v.isNumber()) {
          throw fail("value", "must be a number but was '" + v.asText() + "'");
        }
        b.threshold(parsedOp, v.doubleValue());
      }
      b.relativeTo(text(n, "relativeTo", false));
      String dk = text(n, "dedupKey", false);
      if (dk != null) {
        b.dedupKey(dk);
      }
      String su = text(n, "summary", false);
      if (su != null) {
        b.summary(su);
      }
      String de = text(n, "description", false);
      if (de != null) {
        b.description(de);
      }
      try {
        return b.build();
      } catch (RuleValidationException e) {
        throw fail(e.field(), e.problem());
      }
    }

    private String text(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw fail(field, "is required");
        }
        return null;
      }
      if (!v.isValueNode()) {
        throw fail(field, "must be a scalar");
      }
      return v.asText();
    }

    private java.time.Duration duration(JsonNode n, String field) {
      String t = text(n, field, false);
      if (t == null) {
        return null;
      }
      try {
        return Durations.parse(t);
      } catch (IllegalArgumentException e) {
        throw fail(field, e.getMessage());
      }
    }

    private Condition condition(JsonNode n, String field, boolean required) {
      JsonNode c = n.get(field);
      if (c == null || c.isNull()) {
        if (required) {
          throw fail(field, "is required");
        }
        return null;
      }
      if (!c.isObject()) {
        throw fail(field, "must be an object with type/types and where");
      }
      for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("type") && !f.equals("types") && !f.equals("where")) {
          throw fail(
              field + "." + f, "unknown field for a condition (allowed: type, types, where)");
        }
      }
      Set<String> types = new LinkedHashSet<>();
      if (c.has("type")) {
        types.add(c.get("type").asText());
      }
      if (c.has("types")) {
        if (!c.get("types").isArray()) {
          throw fail(field + ".types", "must be a list of event types");
        }
        c.get("types").forEach(t -> types.add(t.asText()));
      }
      if (types.contains("*")) {
        types.clear();
      }
      List<AttributeMatcher> where = new ArrayList<>();
      JsonNode w = c.path("where");
      if (!w.isMissingNode()) {
        if (!w.isObject()) {
          throw fail(field + ".where", "must be a map of attribute to value or operator");
        }
        for (Map.Entry<String, JsonNode> e : w.properties()) {
          String where0 = field + ".where." + e.getKey();
          try {
            where.add(matcher(e.getKey(), e.getValue(), where0));
          } catch (IllegalArgumentException ex) {
            throw fail(where0, ex.getMessage());
          }
        }
      }
      return new Condition(types, where);
    }

    private AttributeMatcher matcher(String attribute, JsonNode v, String where) {
      if (v.isValueNode()) {
        return new AttributeMatcher(attribute, AttributeMatcher.Op.EQ, List.of(scalar(v)));
      }
      if (!v.isObject() || v.size() != 1) {
        throw fail(where, "must be a value or an object with exactly one operator");
      }
      String opName = v.fieldNames().next();
      AttributeMatcher.Op op = AttributeMatcher.Op.parse(opName);
      JsonNode operand = v.get(opName);
      List<Object> values = new ArrayList<>();
      if (operand.isArray()) {
        if (op != AttributeMatcher.Op.IN) {
          throw fail(where, "only 'in' takes a list");
        }
        operand.forEach(x -> values.add(scalar(x)));
      } else {
        values.add(scalar(operand));
      }
      return new AttributeMatcher(attribute, op, values);
    }

    private static Object scalar(JsonNode v) {
      if (v.isNumber()) {
        return v.numberValue();
      }
      if (v.isBoolean()) {
        return v.booleanValue();
      }
      if (!v.isValueNode() || v.isNull()) {
        throw new IllegalArgumentException("must be a string, number or boolean");
      }
      return v.asText();
    }
  }
}
