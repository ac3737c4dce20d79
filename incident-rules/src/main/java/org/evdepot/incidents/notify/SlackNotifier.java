package org.evdepot.incidents.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.Severity;

/**
 * Posts notifications to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat):
 * {@code {"text": title, "attachments": [{"color": ..., "text": body}]}}, colored by the highest
 * severity firing (green when all resolved).
 */
public final class SlackNotifier extends WebhookNotifier {

  /** A Slack-compatible webhook. */
  public SlackNotifier(String name, URI webhookUri, HttpClient client, Duration timeout) {
    super(name, webhookUri, client, timeout, Map.of());
  }

  @Override
  protected String payload(Notification n) {
    ObjectNode root = JSON.createObjectNode();
    root.put("text", n.title());
    ArrayNode att = root.putArray("attachments");
    ObjectNode a = att.addObject();
    Severity max = null;
    for (Incident i : n.firing()) {
      if (max == null || i.severity().compareTo(max) > 0) {
        max = i.severity();
      }
    }
    String color;
    if (max == null) {
      color = "good";
    } else if (max == Severity.CRITICAL) {
      color = "danger";
    } else if (max == Severity.WARNING) {
      color = "warning";
    } else {
      color = "#439FE0";
    }
    a.put("color", color);
    a.put("text", n.body());
    a.put("fallback", n.title());
    return root.toString();
  }
}
