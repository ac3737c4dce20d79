package org.evdepot.ocpi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.partner.InMemoryPartnerRepository;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.evdepot.ocpi.v221.Token;
import org.junit.jupiter.api.Test;

/**
 * A platform with both roles mounts both interfaces of a module; duplicate mounts are refused; the
 * server echoes the unique message IDs.
 */
class MultiRoleServerTest {
  private static final PartyRef CPO = new PartyRef("NL", "DPO", Role.CPO);
  private static final PartyRef EMSP = new PartyRef("NL", "DPE", Role.EMSP);
  private final InMemoryPartnerRepository partners = new InMemoryPartnerRepository();
  private final InMemoryObjectRepository<Token> ourTokens =
      new InMemoryObjectRepository<>(Token::lastUpdated);
  private final InMemoryObjectRepository<Token> theirTokens =
      new InMemoryObjectRepository<>(Token::lastUpdated);

  private final LocalPlatform platform =
      new LocalPlatform(
          "http://127.0.0.1:1/ocpi",
          List.of(CPO, EMSP),
          Fixtures.business("Depot"),
          List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1));

  private OcpiServer.Builder builder() {
    return OcpiServer.builder()
        .platform(platform)
        .partners(partners)
        .clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
  }

  private OcpiServer combined() {
    partners.save(
        new Partner(
            "p1",
            OcpiVersion.V2_2_1,
            "token-C",
            "token-B",
            "http://127.0.0.1:2/versions",
            List.of(),
            List.of(new PartyRef("DE", "EMS", Role.EMSP), new PartyRef("DE", "CPX", Role.CPO)),
            true,
            TokenEncoding.BY_VERSION,
            ParsingMode.STRICT));
    ourTokens.put(new ObjectKey("NL", "DPE", "OURS1"), Fixtures.token("NL", "DPE", "OURS1"));
    return builder()
        .endpoint(
            OcpiVersion.V2_2_1,
            ModuleId.TOKENS,
            InterfaceRole.SENDER,
            new SenderEndpoint<>(ourTokens, OcpiStatus.UNKNOWN_TOKEN))
        .endpoint(
            OcpiVersion.V2_2_1,
            ModuleId.TOKENS,
            InterfaceRole.RECEIVER,
            new ReceiverEndpoint<>(theirTokens, Token.class, ReceiverEndpoint.Options.tokens()))
        .endpoint(
            OcpiVersion.V2_2_1,
            ModuleId.LOCATIONS,
            InterfaceRole.SENDER,
            new SenderEndpoint<>(
                new InMemoryObjectRepository<>(org.evdepot.ocpi.v221.Location::lastUpdated),
                OcpiStatus.UNKNOWN_LOCATION))
        .build();
  }

  private static OcpiResponse call(
      OcpiServer server, String method, String uri, String token, String body) {
    return call(server, method, uri, token, body, Map.of());
  }

  private static OcpiResponse call(
      OcpiServer server,
      String method,
      String uri,
      String token,
      String body,
      Map<String, String> extra) {
    String header =
        "Token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of(header));
    extra.forEach((k, v) -> headers.put(k, List.of(v)));
    return server.handle(OcpiRequest.of(method, URI.create(uri), headers, body));
  }

  @Test
  void versionDetails_listBothInterfacesOfAModule_underDifferentUrls() {
    OcpiServer server = combined();
    JsonNode eps =
        OcpiJson.strict()
            .tree(call(server, "GET", "/ocpi/2.2.1", "token-C", null).body())
            .get("data")
            .get("endpoints");
    List<String> tokens = new ArrayList<>();
    for (JsonNode e : eps) {
      if (e.get("identifier").asText().equals("tokens")) {
        tokens.add(e.get("role").asText() + " " + e.get("url").asText());
      }
    }
    assertThat(tokens)
        .containsExactlyInAnyOrder(
            "SENDER http://127.0.0.1:1/ocpi/2.2.1/sender/tokens",
            "RECEIVER http://127.0.0.1:1/ocpi/2.2.1/receiver/tokens");
    // A module with one interface keeps the plain URL.
    assertThat(eps.findValuesAsText("url")).contains("http://127.0.0.1:1/ocpi/2.2.1/locations");
  }

  @Test
  void eachInterfaceUrl_reachesItsOwnHandler() {
    OcpiServer server = combined();
    OcpiResponse list = call(server, "GET", "/ocpi/2.2.1/sender/tokens", "token-C", null);
    assertThat(list.status()).isEqualTo(200);
    JsonNode data = OcpiJson.strict().tree(list.body()).get("data");
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("uid").asText()).isEqualTo("OURS1");
    assertThat(list.headers().get("X-Total-Count")).isEqualTo("1");

    String body = OcpiJson.strict().write(Fixtures.token("DE", "EMS", "THEIRS1"));
    OcpiResponse put =
        call(server, "PUT", "/ocpi/2.2.1/receiver/tokens/DE/EMS/THEIRS1", "token-C", body);
    assertThat(put.status()).isBetween(200, 201);
    assertThat(theirTokens.find(new ObjectKey("DE", "EMS", "THEIRS1"))).isPresent();
    assertThat(ourTokens.find(new ObjectKey("DE", "EMS", "THEIRS1"))).isEmpty();
    // The sender interface refuses PUT: the two handlers are really distinct.
    assertThat(
            call(server, "PUT", "/ocpi/2.2.1/sender/tokens/DE/EMS/THEIRS1", "token-C", body)
                .status())
        .isEqualTo(405);
    // The plain module URL is no longer an endpoint of its own.
    assertThat(call(server, "GET", "/ocpi/2.2.1/tokens", "token-C", null).status()).isEqualTo(404);
  }

  @Test
  void routingHeaders_mayAddressAnyOfOurParties() {
    OcpiServer server = combined();
    for (PartyRef to : List.of(CPO, EMSP)) {
      OcpiResponse r =
          call(
              server,
              "GET",
              "/ocpi/2.2.1/sender/tokens",
              "token-C",
              null,
              Map.of("OCPI-to-country-code", to.countryCode(), "OCPI-to-party-id", to.partyId()));
      assertThat(r.status()).as("to %s", to).isEqualTo(200);
    }
  }

  @Test
  void mountingTheSameInterfaceTwice_isRefusedLoudly() {
    OcpiServer.Builder b =
        builder()
            .endpoint(
                OcpiVersion.V2_2_1,
                ModuleId.TOKENS,
                InterfaceRole.SENDER,
                new SenderEndpoint<>(ourTokens, OcpiStatus.UNKNOWN_TOKEN));
    assertThatThrownBy(
            () ->
                b.endpoint(
                    OcpiVersion.V2_2_1,
                    ModuleId.TOKENS,
                    InterfaceRole.SENDER,
                    new SenderEndpoint<>(theirTokens, OcpiStatus.UNKNOWN_TOKEN)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SENDER")
        .hasMessageContaining("tokens")
        .hasMessageContaining("2.2.1");
  }

  @Test
  void bothInterfacesInOcpi211_areRefused_becauseItsDetailsHaveNoRoles() {
    OcpiServer.Builder b =
        builder()
            .endpoint(
                OcpiVersion.V2_1_1,
                ModuleId.TOKENS,
                InterfaceRole.SENDER,
                new SenderEndpoint<>(ourTokens, OcpiStatus.UNKNOWN_TOKEN))
            .endpoint(
                OcpiVersion.V2_1_1,
                ModuleId.TOKENS,
                InterfaceRole.RECEIVER,
                new ReceiverEndpoint<>(
                    theirTokens, Token.class, ReceiverEndpoint.Options.tokens()));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2.1.1");
  }

  @Test
  void platform_refusesTheSamePartyAndRoleTwice() {
    assertThatThrownBy(
            () ->
                new LocalPlatform(
                    "http://x/ocpi",
                    List.of(CPO, new PartyRef("nl", "dpo", Role.CPO)),
                    Fixtures.business("x"),
                    List.of(OcpiVersion.V2_2_1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(platform.party(Role.EMSP)).isEqualTo(EMSP);
    assertThat(platform.party(Role.NSP)).isEqualTo(CPO);
  }

  @Test
  void responses_echoXRequestIdAndXCorrelationId_evenOnErrors() {
    OcpiServer server = combined();
    Map<String, String> ids = Map.of("X-Request-ID", "req-1", "X-Correlation-ID", "corr-1");
    OcpiResponse ok = call(server, "GET", "/ocpi/2.2.1/sender/tokens", "token-C", null, ids);
    assertThat(ok.headers())
        .containsEntry("X-Request-ID", "req-1")
        .containsEntry("X-Correlation-ID", "corr-1");
    OcpiResponse unauthorized =
        call(server, "GET", "/ocpi/2.2.1/sender/tokens", "nobody", null, ids);
    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.headers())
        .containsEntry("X-Request-ID", "req-1")
        .containsEntry("X-Correlation-ID", "corr-1");
  }

  @Test
  void responsesToRequestsWithoutIds_carryFreshOnes() {
    partners.save(
        new Partner(
            "p1",
            OcpiVersion.V2_2_1,
            "token-C",
            "token-B",
            "http://127.0.0.1:2/versions",
            List.of(),
            List.of(new PartyRef("DE", "EMS", Role.EMSP)),
            true,
            TokenEncoding.BY_VERSION,
            ParsingMode.STRICT));
    int[] n = {0};
    OcpiServer server = builder().messageIds(() -> "gen-" + ++n[0]).build();
    OcpiResponse r = call(server, "GET", "/ocpi/versions", "token-C", null);
    assertThat(r.headers())
        .containsEntry("X-Request-ID", "gen-1")
        .containsEntry("X-Correlation-ID", "gen-2");
  }
}
