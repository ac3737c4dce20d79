package org.evdepot.telematics.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.testing.DecoderTestBase;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.junit.jupiter.api.Test;

class OAuth2TokenSourceTest extends DecoderTestBase {
  private OAuth2TokenSource.Builder base() {
    return OAuth2TokenSource.builder()
        .name("test")
        .tokenEndpoint(server.baseUri().resolve("/token"))
        .clientId("client-9")
        .clientSecret(Secret.of("very-secret-client"))
        .refreshAhead(Duration.ofMinutes(5))
        .clock(clock);
  }

  @Test
  void clientCredentials_isFetchedOnceAndReusedUntilShortlyBeforeExpiry() {
    server.enqueue(
        "/token",
        Answer.json(200, "{\"access_token\":\"a1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"),
        Answer.json(
            200, "{\"access_token\":\"a2\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
    OAuth2TokenSource source = base().clientCredentials().scope("vehicle_device_data").build();

    assertThat(source.current().value().reveal()).isEqualTo("a1");
    clock.advance(Duration.ofMinutes(54));
    assertThat(source.current().value().reveal()).isEqualTo("a1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(source.current().value().reveal()).isEqualTo("a2");

    assertThat(server.requests("/token")).hasSize(2);
    assertThat(server.requests("/token").get(0).body())
        .contains(
            "grant_type=client_credentials", "scope=vehicle_device_data", "client_id=client-9");
  }

  @Test
  void refreshToken_rotation_replacesTheOldTokenAndTellsTheListener() {
    server.enqueue(
        "/token",
        Answer.json(200, "{\"access_token\":\"a1\",\"expires_in\":600,\"refresh_token\":\"r2\"}"),
        Answer.json(200, "{\"access_token\":\"a2\",\"expires_in\":600,\"refresh_token\":\"r3\"}"));
    List<String> persisted = new ArrayList<>();
    OAuth2TokenSource source =
        base()
            .refreshToken(Secret.of("r1"))
            .onRefreshTokenRotated(s -> persisted.add(s.reveal()))
            .build();

    source.current();
    source.invalidate();
    source.current();

    assertThat(server.requests("/token").get(0).body()).contains("refresh_token=r1");
    assertThat(server.requests("/token").get(1).body()).contains("refresh_token=r2");
    assertThat(persisted).containsExactly("r2", "r3");
    assertThat(source.refreshToken()).map(Secret::reveal).contains("r3");
  }

  @Test
  void basicAuth_sendsClientCredentialsInTheHeaderNotTheBody() {
    server.enqueue("/token", Answer.json(200, "{\"access_token\":\"a1\",\"expires_in\":600}"));
    base().refreshToken(Secret.of("r1")).basicAuth(true).build().current();
    assertThat(server.requests("/token").get(0).header("Authorization")).startsWith("Basic ");
    assertThat(server.requests("/token").get(0).body()).doesNotContain("very-secret-client");
  }

  @Test
  void rejectedGrant_isAuthenticationWithoutSecretsInTheMessage() {
    server.enqueue("/token", Answer.json(400, "{\"error\":\"invalid_grant\"}"));
    OAuth2TokenSource source = base().refreshToken(Secret.of("r-expired")).build();
    assertThatThrownBy(source::current)
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION);
              assertThat(e.getMessage()).contains("invalid_grant");
              assertThat(e.getMessage()).doesNotContain("r-expired", "very-secret-client");
            });
  }

  @Test
  void tokenEndpointOutage_isProviderUnavailable() {
    server.enqueue("/token", Answer.json(503, "{}"));
    assertThatThrownBy(() -> base().clientCredentials().build().current())
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
  }

  @Test
  void toStrings_neverRevealSecrets() {
    server.enqueue("/token", Answer.json(200, "{\"access_token\":\"tok-123\",\"expires_in\":600}"));
    OAuth2TokenSource source = base().refreshToken(Secret.of("refresh-xyz")).build();
    AccessToken token = source.current();
    assertThat(source.toString() + token + Secret.of("abc") + ApiKey.of(Secret.of("key-1")))
        .doesNotContain("tok-123", "refresh-xyz", "very-secret-client", "abc", "key-1");
  }

  @Test
  void builder_namesTheMissingField() {
    assertThatThrownBy(() -> OAuth2TokenSource.builder().tokenEndpoint(server.baseUri()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientId");
    assertThatThrownBy(
            () ->
                OAuth2TokenSource.builder()
                    .tokenEndpoint(server.baseUri())
                    .clientId("c")
                    .clientSecret(Secret.of("s"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grant");
  }
}
