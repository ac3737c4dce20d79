package org.evdepot.incidents.rules;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.evdepot.incidents.Severity;
import org.evdepot.incidents.SourceKind;

/**
 * One incident rule: what to watch ({@link #kind()} and its fields), what the incident looks like
 * (severity, labels, templates) and which incident an event belongs to (the dedup key template).
 * Build with {@link #builder(String, RuleKind)}; rule files are read by {@link RuleLoader}.
 *
 * <p>The <em>subject</em> of an event is its source, or, when {@link #scope()} is set, the source's
 * ancestor of that kind (a connector event's charger). Events without such an ancestor are ignored.
 * Rule state (windows, timers) is kept per rendered dedup key.
 *
 * @param id unique rule id (letters, digits, {@code -_.})
 * @param kind what the rule watches for
 * @param severity incident severity
 * @param labels extra incident labels
 * @param scope the source kind the rule is about, or {@code null} for the event's own source
 * @param when the events the rule looks at
 * @param clearWhen {@link RuleKind#STATE}, {@link RuleKind#PROGRESS}: events that leave the state,
 *     or {@code null}
 * @param samples {@link RuleKind#PROGRESS}: the events carrying the {@code metric} that must rise
 * @param resolveWhen {@link RuleKind#MATCH}, {@link RuleKind#COUNT}, {@link RuleKind#DECREASE}:
 *     events that resolve the incident, or {@code null}
 * @param resolveAfter {@link RuleKind#MATCH}, {@link RuleKind#DECREASE}: quiet time after which the
 *     incident resolves, or {@code null}
 * @param holdFor {@link RuleKind#STATE}, {@link RuleKind#THRESHOLD}: how long the condition must
 *     hold (may be zero); {@link RuleKind#ABSENCE}: the silence that fires; {@link
 *     RuleKind#PROGRESS}: the time the metric has to rise
 * @param window {@link RuleKind#COUNT}: the sliding window
 * @param count {@link RuleKind#COUNT}: how many events within the window fire
 * @param metric {@link RuleKind#THRESHOLD}, {@link RuleKind#DECREASE}, {@link RuleKind#PROGRESS}:
 *     the numeric attribute
 * @param op {@link RuleKind#THRESHOLD}: one of gt, gte, lt, lte
 * @param value {@link RuleKind#THRESHOLD}: the limit, or the factor when {@code relativeTo} is set
 * @param relativeTo {@link RuleKind#THRESHOLD}: attribute the value is multiplied with, or {@code
 *     null}
 * @param dedupKey which incident an event belongs to
 * @param summary one-line summary
 * @param description longer description
 */
public record Rule(
    String id,
    RuleKind kind,
    Severity severity,
    Map<String, String> labels,
    SourceKind scope,
    Condition when,
    Condition clearWhen,
    Condition samples,
    Condition resolveWhen,
    Duration resolveAfter,
    Duration holdFor,
    Duration window,
    int count,
    String metric,
    AttributeMatcher.Op op,
    double value,
    String relativeTo,
    Template dedupKey,
    Template summary,
    Template description) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** The default dedup key: one incident per rule and subject. */
  public static final String DEFAULT_DEDUP_KEY = "{{rule}}/{{subject}}";

  /** Validates the fields for the kind; messages name the field and the value. */
  public Rule {
    if (id == null || !ID.matcher(id).matches()) {
      throw new RuleValidationException(
          "id", "must be letters, digits, '-', '_' or '.' but was '" + id + "'");
    }
    require(kind != null, "kind", "must be set");
    require(severity != null, "severity", "must be set");
    labels = Map.copyOf(new TreeMap<>(Objects.requireNonNull(labels, "labels")));
    require(when != null, "when", "must be set");
    require(dedupKey != null, "dedupKey", "must be set");
    require(summary != null, "summary", "must be set");
    require(description != null, "description", "must be set");
    for (String reserved : new String[] {"rule", "severity"}) {
      require(!labels.containsKey(reserved), "labels", "must not set reserved label " + reserved);
    }
    switch (kind) {
      case MATCH:
      case DECREASE:
        requirePositiveOrNull(resolveAfter, "resolveAfter");
        if (kind == RuleKind.DECREASE) {
          require(metric != null && !metric.isBlank(), "metric", "must name an attribute");
        }
        break;
      case STATE:
        requireNonNegative(holdFor, "for");
        break;
      case ABSENCE:
        require(
            holdFor != null && !holdFor.isZero() && !holdFor.isNegative(),
            "for",
            "must be a positive duration but was " + holdFor);
        break;
      case COUNT:
        require(
            window != null && !window.isZero() && !window.isNegative(),
            "window",
            "must be a positive duration but was " + window);
        require(count >= 1, "count", "must be at least 1 but was " + count);
        break;
      case THRESHOLD:
        requireNonNegative(holdFor, "for");
        require(metric != null && !metric.isBlank(), "metric", "must name an attribute");
        require(
            op == AttributeMatcher.Op.GT
                || op == AttributeMatcher.Op.GTE
                || op == AttributeMatcher.Op.LT
                || op == AttributeMatcher.Op.LTE,
            "op",
            "must be one of gt, gte, lt, lte but was " + op);
        require(Double.isFinite(value), "value", "must be a finite number but was " + value);
        break;
      case PROGRESS:
        require(
            holdFor != null && !holdFor.isZero() && !holdFor.isNegative(),
            "for",
            "must be a positive duration but was " + holdFor);
        require(metric != null && !metric.isBlank(), "metric", "must name an attribute");
        require(samples != null, "samples", "must be set (the events carrying the metric)");
        break;
      default:
        throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private static void require(boolean ok, String field, String message) {
    if (!ok) {
      throw new RuleValidationException(field, message);
    }
  }

  private static void requireNonNegative(Duration d, String field) {
    require(
        d != null && !d.isNegative(), field, "must be zero or a positive duration but was " + d);
  }

  private static void requirePositiveOrNull(Duration d, String field) {
    require(
        d == null || (!d.isZero() && !d.isNegative()),
        field,
        "must be a positive duration but was " + d);
  }

  /** A builder for a rule of this kind. */
  public static Builder builder(String id, RuleKind kind) {
    return new Builder(id, kind);
  }

  /** Whether a template variable name can be used in rule templates. */
  public static boolean isKnownVariable(String name) {
    switch (name) {
      case "rule":
      case "severity":
      case "type":
      case "subject":
      case "subject.kind":
      case "subject.id":
      case "source":
      case "time":
      case "value":
      case "threshold":
      case "count":
      case "for":
      case "window":
        return true;
      default:
        if (name.startsWith("attr.") && name.length() > 5) {
          return true;
        }
        if (name.startsWith("label.") && name.length() > 6) {
          return true;
        }
        if (name.startsWith("source.")) {
          try {
            SourceKind.parse(name.substring(7));
            return true;
          } catch (IllegalArgumentException e) {
            return false;
          }
        }
        return false;
    }
  }

  /** Builds {@link Rule}s; templates are parsed and the rule validated in {@link #build()}. */
  public static final class Builder {
    private final String id;
    private final RuleKind kind;
    private Severity severity = Severity.WARNING;
    private final Map<String, String> labels = new TreeMap<>();
    private SourceKind scope;
    private Condition when;
    private Condition clearWhen;
    private Condition samples;
    private Condition resolveWhen;
    private Duration resolveAfter;
    private Duration holdFor = Duration.ZERO;
    private Duration window;
    private int count;
    private String metric;
    private AttributeMatcher.Op op;
    private double value = Double.NaN;
    private String relativeTo;
    private String dedupKey = DEFAULT_DEDUP_KEY;
    private String summary;
    private String description = "";

    private Builder(String id, RuleKind kind) {
      this.id = id;
      this.kind = kind;
      this.summary = "{{rule}} on {{subject}}";
    }

    /** Severity (default warning). */
    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    /** Adds a label. */
    public Builder label(String name, String labelValue) {
      labels.put(name, labelValue);
      return this;
    }

    /** The source kind the rule is about (default: the event's own source). */
    public Builder scope(SourceKind s) {
      this.scope = s;
      return this;
    }

    /** The events the rule looks at. */
    public Builder when(Condition c) {
      this.when = c;
      return this;
    }

    /** Events that leave a {@link RuleKind#STATE} state. */
    public Builder clearWhen(Condition c) {
      this.clearWhen = c;
      return this;
    }

    /** Events carrying the metric of a {@link RuleKind#PROGRESS} rule. */
    public Builder samples(Condition c) {
      this.samples = c;
      return this;
    }

    /** Events that resolve the incident. */
    public Builder resolveWhen(Condition c) {
      this.resolveWhen = c;
      return this;
    }

    /** Quiet time after which the incident resolves. */
    public Builder resolveAfter(Duration d) {
      this.resolveAfter = d;
      return this;
    }

    /** How long a condition must hold, or the silence an absence rule fires on. */
    public Builder holdFor(Duration d) {
      this.holdFor = d;
      return this;
    }

    /** Sliding window of a {@link RuleKind#COUNT} rule. */
    public Builder window(Duration d) {
      this.window = d;
      return this;
    }

    /** Event count of a {@link RuleKind#COUNT} rule. */
    public Builder count(int n) {
      this.count = n;
      return this;
    }

    /** Numeric attribute of a threshold, decrease or progress rule. */
    public Builder metric(String attribute) {
      this.metric = attribute;
      return this;
    }

    /** Threshold comparison: {@code metric op value [* relativeTo]}. */
    public Builder threshold(AttributeMatcher.Op comparison, double limit) {
      this.op = comparison;
      this.value = limit;
      return this;
    }

    /** Makes the threshold a factor of this attribute. */
    public Builder relativeTo(String attribute) {
      this.relativeTo = attribute;
      return this;
    }

    /** Dedup key template (default {@value Rule#DEFAULT_DEDUP_KEY}). */
    public Builder dedupKey(String template) {
      this.dedupKey = template;
      return this;
    }

    /** Summary template. */
    public Builder summary(String template) {
      this.summary = template;
      return this;
    }

    /** Description template. */
    public Builder description(String template) {
      this.description = template;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @throws RuleValidationException naming the field when the rule is invalid
     */
    public Rule build() {
      Template dk = template("dedupKey", dedupKey);
      Template su = template("summary", summary);
      Template de = template("description", description);
      return new Rule(
          id,
          kind,
          severity,
          labels,
          scope,
          when,
          clearWhen,
          samples,
          resolveWhen,
          resolveAfter,
          holdFor,
          window,
          count,
          metric,
          op,
          value,
          relativeTo,
          dk,
          su,
          de);
    }

    private static Template template(String field, String text) {
      if (text == null) {
        throw new RuleValidationException(field, "must be set");
      }
      try {
        return Template.parse(text, Rule::isKnownVariable);
      } catch (TemplateException e) {
        throw new RuleValidationException(field, e.getMessage());
      }
    }
  }

  @Override
  public String toString() {
    return "Rule["
        + id
        + ", "
        + kind.fileName()
        + ", "
        + severity.name().toLowerCase(Locale.ROOT)
        + "]";
  }
}
