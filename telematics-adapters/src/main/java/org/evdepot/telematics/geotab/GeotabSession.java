package org.evdepot.telematics.geotab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.internal.HttpSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MyGeotab session credentials: {@code Authenticate} with database, user name and password once,
 * then send the returned {@code credentials} (database, user name, session id) with every call
 * instead of the password. When a call answers {@code InvalidUserException} the session has
 * expired: {@link #invalidate()} and authenticate again.
 *
 * <p>{@code Authenticate} also answers a {@code path}: either {@code "ThisServer"} (keep calling
 * the endpoint that authenticated) or the name of the server that holds the database (for example
 * {@code my3.geotab.com}); then every later call goes to that server's {@code /apiv1}, with the
 * configured scheme, while authentication itself keeps going to the configured endpoint.
 *
 * <p>Neither the password nor the session id appears in {@link #toString()} or logs.
 */
public final class GeotabSession {
  private static final Logger LOG = LoggerFactory.getLogger(GeotabSession.class);

  /** The {@code path} value meaning "the server you authenticated with". */
  public static final String THIS_SERVER = "ThisServer";

  /** A server name, optionally with a port; anything else in {@code path} is refused. */
  private static final Pattern SERVER =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*)(:[0-9]{1,5})?");

  private final String providerId;
  private final URI endpoint;
  private final String database;
  private final String userName;
  private final Secret password;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();
  private Secret sessionId;
  private URI callEndpoint;
  private int authentications;

  /**
   * @param providerId the provider id, for errors and logs
   * @param endpoint the JSON-RPC endpoint, e.g. {@code https://my.geotab.com/apiv1}
   * @param database the MyGeotab database name
   * @param userName the service account user name
   * @param password its password
   * @param http the HTTP client
   * @param timeout the request timeout
   * @param clock the clock
   */
  public GeotabSession(
      String providerId,
      URI endpoint,
      String database,
      String userName,
      Secret password,
      HttpClient http,
      Duration timeout,
      Clock clock) {
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.database = Objects.requireNonNull(database, "database");
    this.userName = Objects.requireNonNull(userName, "userName");
    this.password = Objects.requireNonNull(password, "password");
    this.http = Objects.requireNonNull(http, "http");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.callEndpoint = endpoint;
  }

  /** The {@code credentials} object for a call, authenticating first when needed. */
  public synchronized ObjectNode credentials() {
    if (sessionId == null) {
      Login login = authenticate();
      sessionId = login.sessionId();
      callEndpoint = login.callEndpoint();
      authentications++;
    }
    ObjectNode c = mapper.createObjectNode();
    c.put("database", database);
    c.put("userName", userName);
    c.put("sessionId", sessionId.reveal());
    return c;
  }

  /**
   * Where calls other than {@code Authenticate} go: the configured endpoint, or the server named by
   * the last {@code Authenticate} answer's {@code path}.
   */
  public synchronized URI callEndpoint() {
    return callEndpoint;
  }

  /** Forgets the session after {@code InvalidUserException}. */
  public synchronized void invalidate() {
    sessionId = null;
  }

  /** How many times this session authenticated (for tests and metrics). */
  public synchronized int authentications() {
    return authentications;
  }

  private record Login(Secret sessionId, URI callEndpoint) {}

  private Login authenticate() {
    ObjectNode body = mapper.createObjectNode();
    body.put("method", "Authenticate");
    ObjectNode params = body.putObject("params");
    params.put("database", database);
    params.put("userName", userName);
    params.put("password", password.reveal());
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response = HttpSupport.send(http, request, providerId);
    HttpSupport.raiseForStatus(response, providerId, clock);
    JsonNode root = HttpSupport.parse(mapper, response.body(), providerId);
    GeotabProvider.raiseRpcError(root, providerId);
    JsonNode session = root.path("result").path("credentials").path("sessionId");
    if (!session.isTextual() || session.asText().isBlank()) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE, providerId, "Authenticate answer has no sessionId");
    }
    URI calls = serverOf(root.path("result").path("path").asText(THIS_SERVER));
    LOG.debug("{}: authenticated {} on {}, calls go to {}", providerId, userName, database, calls);
    return new Login(Secret.of(session.asText()), calls);
  }

  /** The call endpoint for an {@code Authenticate} answer's {@code path}. */
  private URI serverOf(String path) {
    if (path.isEmpty() || THIS_SERVER.equals(path)) {
      return endpoint;
    }
    if (!SERVER.matcher(path).matches()) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE,
          providerId,
          "Authenticate answered a path that is not a server name: '" + path + "'");
    }
    try {
      return new URI(endpoint.getScheme(), path, endpoint.getPath(), null, null);
    } catch (URISyntaxException e) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE,
          providerId,
          0,
          null,
          "Authenticate answered an unusable server '" + path + "'",
          e);
    }
  }

  @Override
  public String toString() {
    return "GeotabSession[" + database + ", " + userName + ", password=****]";
  }
}
