package org.evdepot.incidents.notify;

import java.util.List;
import java.util.Map;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.rules.Template;

/**
 * Templates for the title and body of notifications. The body's {@code {{incidents}}} expands to
 * one rendered {@code line} per incident (firing first, then resolved), each on its own line.
 *
 * <p>Title and body variables: {@code receiver}, {@code status} (firing or resolved), {@code
 * firing.count}, {@code resolved.count}, {@code group.<label>}, {@code incidents}. Line variables:
 * {@code id}, {@code status}, {@code rule}, {@code severity}, {@code summary}, {@code description},
 * {@code dedupKey}, {@code firstSeen}, {@code lastSeen}, {@code occurrences}, {@code previousId},
 * {@code label.<name>}.
 *
 * @param title title (e-mail subject, chat headline)
 * @param body body
 * @param line one incident in the body
 */
public record NotificationTemplates(Template title, Template body, Template line) {

  /** Parses the three templates, checking their variables. */
  public static NotificationTemplates of(String title, String body, String line) {
    return new NotificationTemplates(
        Template.parse(title, NotificationTemplates::isGroupVariable),
        Template.parse(body, NotificationTemplates::isGroupVariable),
        Template.parse(line, NotificationTemplates::isLineVariable));
  }

  /** Plain defaults suitable for every channel. */
  public static NotificationTemplates defaults() {
    return of(
        "[{{status}}] {{firing.count}} firing, {{resolved.count}} resolved",
        "{{incidents}}",
        "{{status}} {{severity}} {{summary}} (since {{firstSeen}}, {{occurrences}}x) [{{id}}]");
  }

  static boolean isGroupVariable(String name) {
    switch (name) {
      case "receiver":
      case "status":
      case "firing.count":
      case "resolved.count":
      case "incidents":
        return true;
      default:
        return name.startsWith("group.") && name.length() > 6;
    }
  }

  static boolean isLineVariable(String name) {
    switch (name) {
      case "id":
      case "status":
      case "rule":
      case "severity":
      case "summary":
      case "description":
      case "dedupKey":
      case "firstSeen":
      case "lastSeen":
      case "occurrences":
      case "previousId":
        return true;
      default:
        return name.startsWith("label.") && name.length() > 6;
    }
  }

  /** Renders one incident line. */
  public String renderLine(Incident i) {
    return line.render(
        name -> {
          switch (name) {
            case "id":
              return i.id();
            case "status":
              return i.status().name().toLowerCase(java.util.Locale.ROOT);
            case "rule":
              return i.ruleId();
            case "severity":
              return i.severity().label();
            case "summary":
              return i.summary();
            case "description":
              return i.description();
            case "dedupKey":
              return i.dedupKey();
            case "firstSeen":
              return i.firstSeen().toString();
            case "lastSeen":
              return i.lastSeen().toString();
            case "occurrences":
              return Long.toString(i.occurrences());
            case "previousId":
              return i.previousId();
            default:
              return i.labels().get(name.substring(6));
          }
        });
  }

  /** Renders title or body for a group. */
  String renderGroup(
      Template t,
      String receiver,
      Map<String, String> groupLabels,
      List<Incident> firing,
      List<Incident> resolved) {
    return t.render(
        name -> {
          switch (name) {
            case "receiver":
              return receiver;
            case "status":
              return firing.isEmpty() ? "resolved" : "firing";
            case "firing.count":
              return Integer.toString(firing.size());
            case "resolved.count":
              return Integer.toString(resolved.size());
            case "incidents":
              StringBuilder sb = new StringBuilder();
              for (Incident i : firing) {
                sb.append(renderLine(i)).append('\n');
              }
              for (Incident i : resolved) {
                sb.append(renderLine(i)).append('\n');
              }
              return sb.toString().stripTrailing();
            default:
              return groupLabels.get(name.substring(6));
          }
        });
  }
}
