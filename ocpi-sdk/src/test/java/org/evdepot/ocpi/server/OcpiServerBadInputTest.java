package org.evdepot.ocpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
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
import org.evdepot.ocpi.v221.Location;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to the server gives the spec's HTTP status and OCPI status code. */
class OcpiServerBadInputTest {
  private final InMemoryPartnerRepository partners = new InMemoryPartnerRepository();
  private final InMemoryObjectRepository<Location> ours =
      new InMemoryObjectRepository<>(Location::lastUpdated);
  private final InMemoryObjectRepository<Location> theirs =
      new InMemoryObjectRepository<>(Location::lastUpdated);
  private OcpiServer server;

  @BeforeEach
  void setUp() {
    LocalPlatform platform =
        new LocalPlatform(
            "http://127.0.0.1:1/ocpi",
            new PartyRef("NL", "CPO", Role.CPO),
            Fixtures.business("CPO"),
            List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1));
    server =
        OcpiServer.builder()
            .platform(platform)
            .partners(partners)
            .clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC))
            .limits(2, 2)
            .endpoint(
                OcpiVersion.V2_2_1,
                ModuleId.LOCATIONS,
                InterfaceRole.SENDER,
                new SenderEndpoint<>(ours, OcpiStatus.UNKNOWN_LOCATION))
            .endpoint(
                OcpiVersion.V2_2_1,
                ModuleId.TARIFFS,
                InterfaceRole.RECEIVER,
                new ReceiverEndpoint<>(
                    theirs, Location.class, ReceiverEndpoint.Options.locations()))
            .build();
    partners.save(
        new Partner(
            "p1",
            OcpiVersion.V2_2_1,
            "token-C",
            "token-B",
            "http://127.0.0.1:2/versions",
            List.of(),
            List.of(new PartyRef("NL", "EMS", Role.EMSP)),
            true,
            TokenEncoding.BY_VERSION,
            ParsingMode.STRICT));
    partners.save(
        new Partner(
            "p2",
            OcpiVersion.V2_2_1,
            "token-lenient",
            "token-x",
            "http://127.0.0.1:3/versions",
            List.of(),
            List.of(new PartyRef("DE", "LNT", Role.EMSP)),
            true,
            TokenEncoding.RAW,
            ParsingMode.LENIENT));
    partners.addRegistrationToken("token-A");
    for (int i = 0; i < 3; i++) {
      ours.put(
          new ObjectKey("NL", "CPO", "L" + i),
          Fixtures.location("NL", "CPO", "L" + i, Fixtures.T0.plusSeconds(i)));
    }
  }

  private OcpiResponse call(String method, String uri, String token, String body) {
    String header =
        "Token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    return server.handle(
        OcpiRequest.of(method, URI.create(uri), Map.of("Authorization", List.of(header)), body));
  }

  private static int code(OcpiResponse r) {
    return OcpiJson.strict().tree(r.body()).get("status_code").asInt();
  }

  @Test
  void unknownToken_isAnswered401() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/locations", "nobody", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(code(r)).isEqualTo(2000);
  }

  @Test
  void tokenA_onFunctionalModule_isAnswered401_butWorksForVersions() {
    assertThat(call("GET", "/ocpi/2.2.1/locations", "token-A", null).status()).isEqualTo(401);
    OcpiResponse versions = call("GET", "/ocpi/versions", "token-A", null);
    assertThat(versions.status()).isEqualTo(200);
    assertThat(code(versions)).isEqualTo(1000);
    assertThat(OcpiJson.strict().tree(versions.body()).get("data")).hasSize(2);
  }

  @Test
  void credentialsPost_whenRegistered_andPutOrDelete_whenNot_areAnswered405() {
    assertThat(call("POST", "/ocpi/2.2.1/credentials", "token-C", "{}").status()).isEqualTo(405);
    assertThat(call("PUT", "/ocpi/2.2.1/credentials", "token-A", "{}").status()).isEqualTo(405);
    assertThat(call("DELETE", "/ocpi/2.2.1/credentials", "token-A", null).status()).isEqualTo(405);
  }

  @Test
  void malformedJson_isAnswered400With2000() {
    OcpiResponse r = call("PUT", "/ocpi/2.2.1/tariffs/NL/EMS/L9", "token-C", "{\"id\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(code(r)).isEqualTo(2000);
  }

  @Test
  void missingRequiredField_isAnswered400With2001NamingTheField() {
    JsonNode loc = OcpiJson.strict().toTree(Fixtures.location("NL", "EMS", "L9", Fixtures.T0));
    ((com.fasterxml.jackson.databind.node.ObjectNode) loc).remove("address");
    OcpiResponse r = call("PUT", "/ocpi/2.2.1/tariffs/NL/EMS/L9", "token-C", loc.toString());
    assertThat(r.status()).isEqualTo(400);
    assertThat(code(r)).isEqualTo(2001);
    assertThat(r.body()).contains("address");
  }

  @Test
  void pushForAnotherPartysObjects_isRefusedWith2001() {
    String body = OcpiJson.strict().write(Fixtures.location("DE", "XYZ", "L9", Fixtures.T0));
    OcpiResponse r = call("PUT", "/ocpi/2.2.1/tariffs/DE/XYZ/L9", "token-C", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(code(r)).isEqualTo(2001);
  }

  @Test
  void unknownModule_isAnswered404With2000() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/bookings", "token-C", null);
    assertThat(r.status()).isEqualTo(404);
    assertThat(code(r)).isEqualTo(2000);
  }

  @Test
  void unknownVersion_isAnswered404With3002() {
    OcpiResponse r = call("GET", "/ocpi/9.9/locations", "token-C", null);
    assertThat(r.status()).isEqualTo(404);
    assertThat(code(r)).isEqualTo(3002);
  }

  @Test
  void offsetBeyondTheEnd_isAnEmptySuccessPageWithTheTotal() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/locations?offset=10", "token-C", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(code(r)).isEqualTo(1000);
    assertThat(OcpiJson.strict().tree(r.body()).get("data")).isEmpty();
    assertThat(r.headers()).containsEntry("X-Total-Count", "3").doesNotContainKey("Link");
  }

  @Test
  void negativeOffset_isAnswered400With2001() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/locations?offset=-1", "token-C", null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(code(r)).isEqualTo(2001);
  }

  @Test
  void firstPage_carriesLinkXLimitAndTotal() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/locations?limit=100", "token-C", null);
    assertThat(r.headers())
        .containsEntry("X-Total-Count", "3")
        .containsEntry("X-Limit", "2")
        .containsEntry(
            "Link", "<http://127.0.0.1:1/ocpi/2.2.1/locations?offset=2&limit=2>; rel=\"next\"");
  }

  @Test
  void unknownLocation_isAnswered404With2003() {
    OcpiResponse r = call("GET", "/ocpi/2.2.1/locations/NOPE", "token-C", null);
    assertThat(r.status()).isEqualTo(404);
    assertThat(code(r)).isEqualTo(2003);
  }

  @Test
  void routingHeadersAddressingAnotherPlatform_areRefusedWith2001() {
    String header =
        "Token " + Base64.getEncoder().encodeToString("token-C".getBytes(StandardCharsets.UTF_8));
    OcpiResponse r =
        server.handle(
            OcpiRequest.of(
                "GET",
                URI.create("/ocpi/2.2.1/locations"),
                Map.of(
                    "Authorization",
                    List.of(header),
                    "OCPI-to-country-code",
                    List.of("DE"),
                    "OCPI-to-party-id",
                    List.of("XXX")),
                null));
    assertThat(r.status()).isEqualTo(400);
    assertThat(code(r)).isEqualTo(2001);
  }

  @Test
  void parsingMode_isChosenPerPartner() {
    ObjectNode loc =
        (ObjectNode) OcpiJson.strict().toTree(Fixtures.location("DE", "LNT", "L9", Fixtures.T0));
    loc.put("x_vendor_field", 42);
    loc.put("last_updated", "2026-11-02T09:00:00+01:00");
    OcpiResponse lenient =
        call("PUT", "/ocpi/2.2.1/tariffs/DE/LNT/L9", "token-lenient", loc.toString());
    assertThat(lenient.status()).isEqualTo(201);
    assertThat(theirs.find(new ObjectKey("DE", "LNT", "L9")).orElseThrow().lastUpdated())
        .isEqualTo(Fixtures.T0);
    loc.put("country_code", "NL").put("party_id", "EMS").put("id", "L8");
    OcpiResponse strict = call("PUT", "/ocpi/2.2.1/tariffs/NL/EMS/L8", "token-C", loc.toString());
    assertThat(strict.status()).isEqualTo(400);
    assertThat(code(strict)).isEqualTo(2001);
  }

  @Test
  void rawToken_isAcceptedToo() {
    OcpiResponse r =
        server.handle(
            OcpiRequest.of(
                "GET",
                URI.create("/ocpi/2.2.1/locations"),
                Map.of("Authorization", List.of("Token token-C")),
                null));
    assertThat(r.status()).isEqualTo(200);
  }
}
