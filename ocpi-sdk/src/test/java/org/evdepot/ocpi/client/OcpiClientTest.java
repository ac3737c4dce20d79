package org.evdepot.ocpi.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.partner.EndpointRef;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's headers, token encoding and retries, against a loopback stub. */
class OcpiClientTest {
  private static final String OK =
      "{\"data\":[],\"status_code\":1000,\"timestamp\":\"2026-11-02T08:00:00Z\"}";
  private final List<com.sun.net.httpserver.Headers> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private HttpServer http;

  private String start() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext(
        "/",
        ex -> {
          seen.add(ex.getRequestHeaders());
          byte[] body = OK.getBytes(StandardCharsets.UTF_8);
          int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
          ex.sendResponseHeaders(status, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    http.start();
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private final java.util.concurrent.CountDownLatch release =
      new java.util.concurrent.CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    if (http != null) {
      http.stop(0);
    }
  }

  private static Partner partner(String base, OcpiVersion v, TokenEncoding enc) {
    return new Partner(
        "p",
        v,
        "in",
        "secret-token",
        base + "/versions",
        List.of(
            new EndpointRef(
                ModuleId.LOCATIONS,
                v == OcpiVersion.V2_2_1 ? InterfaceRole.SENDER : null,
                base + "/locations")),
        List.of(new PartyRef("DE", "EMS", Role.EMSP)),
        true,
        enc,
        ParsingMode.STRICT);
  }

  @Test
  void serverErrors_areRetriedWithGrowingBackoff_withoutRealSleeping() throws Exception {
    String base = start();
    failuresLeft.set(2);
    List<Duration> waits = new ArrayList<>();
    OcpiClient client =
        OcpiClient.builder()
            .retry(new RetryPolicy(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)))
            .sleeper(waits::add)
            .build();
    PartnerClient pc =
        client.partner(
            partner(base, OcpiVersion.V2_2_1, TokenEncoding.BY_VERSION),
            new PartyRef("NL", "CPO", Role.CPO));
    assertThat(pc.pull(ModuleId.LOCATIONS, Object.class, PullQuery.all()).toList()).isEmpty();
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(seen).hasSize(3);
    assertThat(seen).extracting(h -> h.getFirst("X-Request-ID")).doesNotHaveDuplicates();
    assertThat(seen)
        .extracting(h -> h.getFirst("X-Correlation-ID"))
        .containsOnly(seen.get(0).getFirst("X-Correlation-ID"));
  }

  @Test
  void v221_encodesTokenInBase64_andSendsRoutingHeadersOnFunctionalModules() throws Exception {
    String base = start();
    OcpiClient client = OcpiClient.builder().retry(RetryPolicy.none()).build();
    client
        .partner(
            partner(base, OcpiVersion.V2_2_1, TokenEncoding.BY_VERSION),
            new PartyRef("NL", "CPO", Role.CPO))
        .pull(ModuleId.LOCATIONS, Object.class, PullQuery.all())
        .toList();
    var h = seen.get(0);
    assertThat(h.getFirst("Authorization"))
        .isEqualTo(
            "Token "
                + Base64.getEncoder()
                    .encodeToString("secret-token".getBytes(StandardCharsets.UTF_8)));
    assertThat(h.getFirst("OCPI-from-country-code")).isEqualTo("NL");
    assertThat(h.getFirst("OCPI-from-party-id")).isEqualTo("CPO");
    assertThat(h.getFirst("OCPI-to-country-code")).isEqualTo("DE");
    assertThat(h.getFirst("OCPI-to-party-id")).isEqualTo("EMS");
  }

  @Test
  void v211_sendsRawTokenAndNoRoutingHeaders() throws Exception {
    String base = start();
    OcpiClient client = OcpiClient.builder().retry(RetryPolicy.none()).build();
    client
        .partner(
            partner(base, OcpiVersion.V2_1_1, TokenEncoding.BY_VERSION),
            new PartyRef("NL", "CPO", Role.CPO))
        .pull(
            ModuleId.LOCATIONS,
            Object.class,
            PullQuery.all().between(java.time.Instant.parse("2026-01-01T00:00:00Z"), null))
        .toList();
    var h = seen.get(0);
    assertThat(h.getFirst("Authorization")).isEqualTo("Token secret-token");
    assertThat(h.containsKey("OCPI-from-country-code")).isFalse();
  }

  @Test
  void rawEncodingOption_keepsTokenRawEvenIn221() throws Exception {
    String base = start();
    OcpiClient client = OcpiClient.builder().retry(RetryPolicy.none()).build();
    client
        .partner(
            partner(base, OcpiVersion.V2_2_1, TokenEncoding.RAW),
            new PartyRef("NL", "CPO", Role.CPO))
        .pull(ModuleId.LOCATIONS, Object.class, PullQuery.all())
        .toList();
    assertThat(seen.get(0).getFirst("Authorization")).isEqualTo("Token secret-token");
  }

  @Test
  void aPartnerThatNeverAnswers_timesOutAndFailsWith3001AfterAllAttempts() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    http.createContext(
        "/",
        ex -> {
          seen.add(ex.getRequestHeaders());
          try {
            release.await(); // hold the request until the test ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    http.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();
    List<Duration> waits = new ArrayList<>();
    OcpiClient client =
        OcpiClient.builder()
            .requestTimeout(Duration.ofMillis(200))
            .retry(new RetryPolicy(2, Duration.ofMillis(50), 2.0, Duration.ofSeconds(1)))
            .sleeper(waits::add)
            .build();
    PartnerClient pc =
        client.partner(
            partner(base, OcpiVersion.V2_2_1, TokenEncoding.BY_VERSION),
            new PartyRef("NL", "CPO", Role.CPO));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> pc.pull(ModuleId.LOCATIONS, Object.class, PullQuery.all()).toList())
        .isInstanceOf(org.evdepot.ocpi.OcpiRemoteException.class)
        .satisfies(
            e ->
                assertThat(((org.evdepot.ocpi.OcpiRemoteException) e).statusCode())
                    .isEqualTo(3001));
    assertThat(waits).containsExactly(Duration.ofMillis(50));
  }

  @Test
  void builder_rejectsANonPositiveTimeout_namingIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OcpiClient.builder().requestTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestTimeout");
  }

  private OcpiClient retrying(List<Duration> waits, RetryPolicy policy) {
    return OcpiClient.builder().retry(policy).sleeper(waits::add).build();
  }

  private static RetryPolicy threeAttempts() {
    return new RetryPolicy(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1));
  }

  @Test
  void post_isNotRetriedOn5xx_byDefault() throws Exception {
    String base = start();
    failuresLeft.set(2);
    List<Duration> waits = new ArrayList<>();
    OcpiHttpResult r =
        retrying(waits, threeAttempts())
            .send("POST", base + "/cdrs", "t", true, java.util.Map.of(), "{}");
    assertThat(r.status()).isEqualTo(503);
    assertThat(seen).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void idempotentMethods_areRetriedOn5xx() throws Exception {
    String base = start();
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
      seen.clear();
      failuresLeft.set(2);
      List<Duration> waits = new ArrayList<>();
      OcpiHttpResult r =
          retrying(waits, threeAttempts())
              .send(method, base + "/x", "t", true, java.util.Map.of(), null);
      assertThat(r.status()).as(method).isEqualTo(200);
      assertThat(seen).as(method).hasSize(3);
      assertThat(waits).as(method).hasSize(2);
    }
  }

  @Test
  void post_isRetried_whenConfigured() throws Exception {
    String base = start();
    failuresLeft.set(2);
    List<Duration> waits = new ArrayList<>();
    RetryPolicy policy = threeAttempts().withRetriedMethods(java.util.Set.of("get", "put", "post"));
    assertThat(policy.retries("POST")).isTrue();
    assertThat(policy.retries("DELETE")).isFalse();
    OcpiHttpResult r =
        retrying(waits, policy).send("POST", base + "/cdrs", "t", true, java.util.Map.of(), "{}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(seen).hasSize(3);
  }

  @Test
  void post_isNotRetriedAfterATimeout_becauseThePartnerMayHaveActedOnIt() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    http.createContext(
        "/",
        ex -> {
          seen.add(ex.getRequestHeaders());
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    http.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();
    List<Duration> waits = new ArrayList<>();
    OcpiClient client =
        OcpiClient.builder()
            .requestTimeout(Duration.ofMillis(200))
            .retry(threeAttempts())
            .sleeper(waits::add)
            .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                client.send(
                    "POST", base + "/commands/START_SESSION", "t", true, java.util.Map.of(), "{}"))
        .isInstanceOf(org.evdepot.ocpi.OcpiRemoteException.class)
        .hasMessageContaining("1 attempt");
    assertThat(waits).isEmpty();
    assertThat(seen).hasSize(1);
  }

  @Test
  void post_isRetried_whenTheConnectionCouldNotBeOpened() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<Duration> waits = new ArrayList<>();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                retrying(waits, threeAttempts())
                    .send(
                        "POST",
                        "http://127.0.0.1:" + port + "/cdrs",
                        "t",
                        true,
                        java.util.Map.of(),
                        "{}"))
        .isInstanceOf(org.evdepot.ocpi.OcpiRemoteException.class)
        .hasMessageContaining("3 attempts");
    assertThat(waits).hasSize(2);
  }

  @Test
  void routingHeaders_nameThePartiesOfTheRolesOnEachSide_forMultiRolePlatforms() throws Exception {
    String base = start();
    Partner both =
        new Partner(
            "p",
            OcpiVersion.V2_2_1,
            "in",
            "secret-token",
            base + "/versions",
            List.of(new EndpointRef(ModuleId.LOCATIONS, InterfaceRole.SENDER, base + "/locations")),
            List.of(new PartyRef("DE", "EMS", Role.EMSP), new PartyRef("DE", "CPX", Role.CPO)),
            true,
            TokenEncoding.BY_VERSION,
            ParsingMode.STRICT);
    org.evdepot.ocpi.partner.LocalPlatform depot =
        new org.evdepot.ocpi.partner.LocalPlatform(
            "http://127.0.0.1:1/ocpi",
            List.of(new PartyRef("NL", "DPO", Role.CPO), new PartyRef("NL", "DPE", Role.EMSP)),
            org.evdepot.ocpi.examples.Fixtures.business("Depot"),
            List.of(OcpiVersion.V2_2_1));
    OcpiClient.builder()
        .retry(RetryPolicy.none())
        .build()
        .partner(both, depot)
        .pull(ModuleId.LOCATIONS, Object.class, PullQuery.all())
        .toList();
    var h = seen.get(0);
    // Pulling locations: we act as eMSP, the partner's locations sender is its CPO party.
    assertThat(h.getFirst("OCPI-from-party-id")).isEqualTo("DPE");
    assertThat(h.getFirst("OCPI-to-party-id")).isEqualTo("CPX");
  }
}
