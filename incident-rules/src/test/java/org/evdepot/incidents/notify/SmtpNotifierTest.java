package org.evdepot.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.evdepot.incidents.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP channel against a real SMTP server (GreenMail) on loopback. */
class SmtpNotifierTest {

  GreenMail mail;

  @BeforeEach
  void start() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stop() {
    mail.stop();
  }

  int port() {
    return mail.getSmtp().getPort();
  }

  @Test
  void sendsThePlainTextMail_toEveryRecipient() throws Exception {
    SmtpNotifier smtp =
        new SmtpNotifier(
            "mail",
            "127.0.0.1",
            port(),
            "incidents@depot.example",
            List.of("ops@depot.example", "lead@depot.example"),
            Duration.ofSeconds(5),
            null,
            null);
    Notification n = WebhookNotifierTest.notification(Severity.WARNING);
    Notification withDots =
        new Notification(
            n.receiver(),
            n.groupKey(),
            n.groupLabels(),
            n.firing(),
            n.resolved(),
            "[firing] Ladestation CP-1 gestört ⚡",
            "line one\n.line starting with a dot\nline three",
            n.createdAt());
    smtp.send(withDots);

    assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage[] messages = mail.getReceivedMessages();
    assertThat(messages).hasSize(2);
    MimeMessage m = messages[0];
    assertThat(m.getSubject()).isEqualTo("[firing] Ladestation CP-1 gestört ⚡");
    assertThat(m.getFrom()[0].toString()).isEqualTo("incidents@depot.example");
    assertThat(GreenMailUtil.getBody(m).replace("\r\n", "\n"))
        .isEqualTo("line one\n.line starting with a dot\nline three");
  }

  @Test
  void authPlain_isUsedWhenAUserIsConfigured() throws Exception {
    mail.setUser("incidents@depot.example", "incidents", "s3cret");
    SmtpNotifier smtp =
        new SmtpNotifier(
            "mail",
            "127.0.0.1",
            port(),
            "incidents@depot.example",
            List.of("ops@depot.example"),
            Duration.ofSeconds(5),
            "incidents",
            "s3cret");
    smtp.send(WebhookNotifierTest.notification(Severity.WARNING));
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(smtp.toString()).doesNotContain("s3cret");
  }

  @Test
  void unreachableServer_isARetryableFailure() {
    int port = port();
    mail.stop();
    SmtpNotifier smtp =
        new SmtpNotifier(
            "mail",
            "127.0.0.1",
            port,
            "incidents@depot.example",
            List.of("ops@depot.example"),
            Duration.ofSeconds(2),
            null,
            null);
    assertThatThrownBy(() -> smtp.send(WebhookNotifierTest.notification(Severity.WARNING)))
        .isInstanceOfSatisfying(NotifierException.class, e -> assertThat(e.retryable()).isTrue());
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @Test
  void addressWithLineBreak_isRejectedAtConstruction() {
    assertThatThrownBy(
            () ->
                new SmtpNotifier(
                    "mail",
                    "127.0.0.1",
                    25,
                    "incidents@depot.example\r\nRCPT TO:<x@y>",
                    List.of("ops@depot.example"),
                    Duration.ofSeconds(5),
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from must be");
  }
}
