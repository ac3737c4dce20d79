package org.evdepot.incidents.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.evdepot.incidents.Incident;

/**
 * Posts notifications as JSON to an HTTP endpoint. The document:
 *
 * <pre>{@code
 * {"receiver": "ops", "status": "firing", "groupKey": "...", "groupLabels": {...},
 *  "title": "...", "body": "...", "createdAt": "2026-...Z",
 *  "incidents": [{"id": "...", "status": "open", "rule": "...", "severity": "critical",
 *                 "summary": "...", "description": "...", "dedupKey": "...",
 *                 "labels": {...}, "firstSeen": "...", "lastSeen": "...", "occurrences": 3,
 *                 "resolvedAt": null, "previousId": null}]}
 * }</pre>
 *
 * A 2xx answer is success; 5xx, 429 and network errors are retryable failures; other answers are
 * final failures. Header values (tokens) are never logged.
 */
public class WebhookNotifier implements Notifier {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final URI uri;
  private final HttpClient client;
  private final Duration timeout;
  private final Map<String, String> headers;

  /**
   * A webhook.
   *
   * @param name channel name for logs
   * @param uri endpoint
   * @param client HTTP client (share one per application)
   * @param timeout request timeout
   * @param headers extra request headers (for example an authorization token)
   */
  public WebhookNotifier(
      String name, URI uri, HttpClient client, Duration timeout, Map<String, String> headers) {
    this.name = Objects.requireNonNull(name, "name");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.headers = Map.copyOf(headers);
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("uri must be http or https but was " + uri);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The JSON document sent for a notification. */
  protected String payload(Notification n) {
    ObjectNode root = JSON.createObjectNode();
    root.put("receiver", n.receiver());
    root.put("status", n.status());
    root.put("groupKey", n.groupKey());
    ObjectNode gl = root.putObject("groupLabels");
    n.groupLabels().forEach(gl::put);
    root.put("title", n.title());
    root.put("body", n.body());
    root.put("createdAt", n.createdAt().toString());
    ArrayNode arr = root.putArray("incidents");
    for (Incident i : n.firing()) {
      incident(arr.addObject(), i);
    }
    for (Incident i : n.resolved()) {
      incident(arr.addObject(), i);
    }
    return root.toString();
  }

  static void incident(ObjectNode o, Incident i) {
    o.put("id", i.id());
    o.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT));
    o.put("rule", i.ruleId());
    o.put("severity", i.severity().label());
    o.put("summary", i.summary());
    o.put("description", i.description());
    o.put("dedupKey", i.dedupKey());
    ObjectNode labels = o.putObject("labels");
    i.labels().forEach(labels::put);
    o.put("firstSeen", i.firstSeen().toString());
    o.put("lastSeen", i.lastSeen().toString());
    o.put("occurrences", i.occurrences());
    o.put("resolvedAt", i.resolvedAt() == null ? null : i.resolvedAt().toString());
    o.put("previousId", i.previousId());
  }

  @Override
  public void send(Notification notification) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload(notification)));
    headers.forEach(b::header);
    HttpResponse<String> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new NotifierException(name + ": POST " + uri + " failed: " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotifierException(name + ": interrupted", false, e);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      boolean retryable = status >= 500 || status == 429;
      throw new NotifierException(
          name + ": POST " + uri + " answered HTTP " + status, retryable, null);
    }
  }

  @Override
  public String toString() {
    return "WebhookNotifier[" + name + ", " + uri + "]";
  }
}
