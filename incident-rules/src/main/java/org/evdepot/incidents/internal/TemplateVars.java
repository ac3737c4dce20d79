package org.evdepot.incidents.internal;

import java.util.function.Function;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.SourceKind;
import org.evdepot.incidents.rules.Durations;
import org.evdepot.incidents.rules.Rule;

/** Resolves rule template variables for one event; reused, not thread-safe. */
public final class TemplateVars implements Function<String, String> {

  private Rule rule;
  private Event event;
  private Source subject;
  private String value;
  private String threshold;
  private String count;
  private java.time.Instant at;

  /** Sets what the next renderings refer to. */
  public TemplateVars set(
      Rule r, Event e, Source s, java.time.Instant time, String v, String t, String c) {
    this.rule = r;
    this.event = e;
    this.subject = s;
    this.at = time;
    this.value = v;
    this.threshold = t;
    this.count = c;
    return this;
  }

  @Override
  public String apply(String name) {
    switch (name) {
      case "rule":
        return rule.id();
      case "severity":
        return rule.severity().label();
      case "type":
        return event.type();
      case "subject":
        return subject.toString();
      case "subject.kind":
        return subject.kind().label();
      case "subject.id":
        return subject.id();
      case "source":
        return event.source().toString();
      case "time":
        return at == null ? event.time().toString() : at.toString();
      case "value":
        return value;
      case "threshold":
        return threshold;
      case "count":
        return count;
      case "for":
        return rule.holdFor() == null ? null : Durations.format(rule.holdFor());
      case "window":
        return rule.window() == null ? null : Durations.format(rule.window());
      default:
        if (name.startsWith("attr.")) {
          Object v = event.attribute(name.substring(5));
          return v == null ? null : v.toString();
        }
        if (name.startsWith("label.")) {
          return rule.labels().get(name.substring(6));
        }
        if (name.startsWith("source.")) {
          return event.source().idOf(SourceKind.parse(name.substring(7)));
        }
        return null;
    }
  }
}
