package org.evdepot.incidents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A minimal SMTP client (RFC 5321): EHLO, optional AUTH PLAIN (RFC 4954), MAIL FROM, RCPT TO, DATA
 * with dot-stuffing, QUIT. One connection per message. Text is sent as UTF-8 8bit with an RFC 2047
 * encoded subject.
 */
public final class SmtpClient {

  /** An SMTP failure; {@link #transientFailure()} for 4xx answers and I/O errors. */
  public static final class SmtpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    SmtpException(String message, boolean transientFailure, Throwable cause) {
      super(message, cause);
      this.transientFailure = transientFailure;
    }

    /** Whether retrying may help. */
    public boolean transientFailure() {
      return transientFailure;
    }
  }

  private final String host;
  private final int port;
  private final Duration timeout;
  private final String username;
  private final String password;

  /** A client for one server. */
  public SmtpClient(String host, int port, Duration timeout, String username, String password) {
    this.host = host;
    this.port = port;
    this.timeout = timeout;
    this.username = username;
    this.password = password;
  }

  /**
   * Checks a bare address ({@code ops@depot.example}); rejects line breaks and angle brackets.
   *
   * @throws IllegalArgumentException naming the field and value
   */
  public static String checkAddress(String address, String field) {
    if (address == null || !address.matches("[^\\s<>@]+@[^\\s<>@]+")) {
      throw new IllegalArgumentException(
          field + " must be an address like ops@depot.example but was '" + address + "'");
    }
    return address;
  }

  /** Sends one message. */
  public void send(String from, List<String> to, String subject, String body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      expect(in, 220, "greeting");
      command(out, "EHLO evdepot-incidents");
      expect(in, 250, "EHLO");
      if (username != null) {
        String token =
            Base64.getEncoder()
                .encodeToString(
                    ("\0" + username + "\0" + (password == null ? "" : password))
                        .getBytes(StandardCharsets.UTF_8));
        command(out, "AUTH PLAIN " + token);
        expect(in, 235, "AUTH");
      }
      command(out, "MAIL FROM:<" + from + ">");
      expect(in, 250, "MAIL FROM");
      for (String rcpt : to) {
        command(out, "RCPT TO:<" + rcpt + ">");
        expect(in, 250, "RCPT TO " + rcpt);
      }
      command(out, "DATA");
      expect(in, 354, "DATA");
      out.write(message(from, to, subject, body).getBytes(StandardCharsets.UTF_8));
      out.flush();
      expect(in, 250, "message");
      command(out, "QUIT");
      // Ignore the answer to QUIT: the message is accepted already.
    } catch (IOException e) {
      throw new SmtpException("SMTP " + host + ":" + port + " failed: " + e, true, e);
    }
  }

  static String message(String from, List<String> to, String subject, String body) {
    StringBuilder sb = new StringBuilder();
    sb.append("From: <").append(from).append(">\r\n");
    sb.append("To: ");
    for (int i = 0; i < to.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('<').append(to.get(i)).append('>');
    }
    sb.append("\r\n");
    sb.append("Subject: ").append(encodeHeader(subject)).append("\r\n");
    sb.append("Date: ")
        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()))
        .append("\r\n");
    sb.append("Message-ID: <").append(UUID.randomUUID()).append("@evdepot-incidents>\r\n");
    sb.append("MIME-Version: 1.0\r\n");
    sb.append("Content-Type: text/plain; charset=UTF-8\r\n");
    sb.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
    for (String line : body.split("\r?\n", -1)) {
      if (line.startsWith(".")) {
        sb.append('.');
      }
      sb.append(line).append("\r\n");
    }
    sb.append(".\r\n");
    return sb.toString();
  }

  static String encodeHeader(String text) {
    String oneLine = text.replaceAll("[\r\n]+", " ");
    boolean ascii = oneLine.chars().allMatch(c -> c >= 32 && c < 127);
    if (ascii) {
      return oneLine;
    }
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(oneLine.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  private static void command(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void expect(BufferedReader in, int code, String step) throws IOException {
    String line;
    String last;
    do {
      line = in.readLine();
      if (line == null) {
        throw new SmtpException("SMTP server closed the connection at " + step, true, null);
      }
      last = line;
    } while (line.length() >= 4 && line.charAt(3) == '-');
    int actual;
    try {
      actual = Integer.parseInt(last.substring(0, 3));
    } catch (RuntimeException e) {
      throw new SmtpException("SMTP answer at " + step + " is not a reply: " + last, true, e);
    }
    if (actual != code) {
      throw new SmtpException(
          "SMTP " + step + " answered " + last, actual >= 400 && actual < 500, null);
    }
  }
}
