package org.evdepot.incidents.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.evdepot.incidents.internal.SmtpClient;

/**
 * Sends notifications as plain-text UTF-8 e-mail over SMTP (RFC 5321): subject = title, text =
 * body. Plain SMTP with optional AUTH PLAIN, no TLS: meant for a relay on the depot's trusted
 * network or localhost. SMTP 4xx answers and network errors are retryable, 5xx are final.
 */
public final class SmtpNotifier implements Notifier {

  private final String name;
  private final String host;
  private final int port;
  private final String from;
  private final List<String> to;
  private final Duration timeout;
  private final String username;
  private final String password;

  /**
   * An SMTP channel.
   *
   * @param username AUTH PLAIN user, or {@code null} for no authentication
   * @param password AUTH PLAIN password, or {@code null}; never logged
   */
  public SmtpNotifier(
      String name,
      String host,
      int port,
      String from,
      List<String> to,
      Duration timeout,
      String username,
      String password) {
    this.name = Objects.requireNonNull(name, "name");
    this.host = Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535 but was " + port);
    }
    this.port = port;
    this.from = SmtpClient.checkAddress(from, "from");
    this.to = List.copyOf(to);
    if (this.to.isEmpty()) {
      throw new IllegalArgumentException("to must name at least one address");
    }
    this.to.forEach(a -> SmtpClient.checkAddress(a, "to"));
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.username = username;
    this.password = password;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(Notification n) {
    try {
      new SmtpClient(host, port, timeout, username, password).send(from, to, n.title(), n.body());
    } catch (SmtpClient.SmtpException e) {
      throw new NotifierException(name + ": " + e.getMessage(), e.transientFailure(), e);
    }
  }

  @Override
  public String toString() {
    return "SmtpNotifier[" + name + ", " + host + ":" + port + ", to=" + to + "]";
  }
}
