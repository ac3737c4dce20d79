package org.evdepot.ocpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.partner.InMemoryPartnerRepository;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.evdepot.ocpi.v221.ChargingProfile;
import org.evdepot.ocpi.v221.ChargingProfilePeriod;
import org.evdepot.ocpi.v221.ChargingProfileResponse;
import org.evdepot.ocpi.v221.ChargingProfileResponseType;
import org.evdepot.ocpi.v221.ChargingRateUnit;
import org.evdepot.ocpi.v221.SetChargingProfile;
import org.junit.jupiter.api.Test;

/** The CPO's charging profiles receiver hands requests to the application. */
class ChargingProfilesReceiverEndpointTest {
  private final List<String> calls = new ArrayList<>();

  private OcpiServer server() {
    InMemoryPartnerRepository partners = new InMemoryPartnerRepository();
    partners.save(
        new Partner(
            "scsp",
            OcpiVersion.V2_2_1,
            "tok",
            "out",
            "http://127.0.0.1:9/versions",
            List.of(),
            List.of(new PartyRef("NL", "SCP", Role.SCSP)),
            true,
            TokenEncoding.RAW,
            ParsingMode.STRICT));
    ChargingProfileHandler handler =
        new ChargingProfileHandler() {
          @Override
          public ChargingProfileResponse getActive(String s, int d, String url, Partner p) {
            calls.add("get " + s + " " + d + " " + url);
            return new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 30);
          }

          @Override
          public ChargingProfileResponse set(String s, SetChargingProfile r, Partner p) {
            calls.add(
                "set " + s + " " + r.chargingProfile().chargingProfilePeriod().get(0).limit());
            return new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 30);
          }

          @Override
          public ChargingProfileResponse clear(String s, String url, Partner p) {
            calls.add("clear " + s);
            return new ChargingProfileResponse(ChargingProfileResponseType.UNKNOWN_SESSION, 0);
          }
        };
    return OcpiServer.builder()
        .platform(
            new LocalPlatform(
                "http://127.0.0.1:1/ocpi",
                new PartyRef("NL", "CPO", Role.CPO),
                Fixtures.business("CPO"),
                List.of(OcpiVersion.V2_2_1)))
        .partners(partners)
        .clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC))
        .endpoint(
            OcpiVersion.V2_2_1,
            ModuleId.CHARGING_PROFILES,
            InterfaceRole.RECEIVER,
            new ChargingProfilesReceiverEndpoint(handler))
        .build();
  }

  private static OcpiResponse call(OcpiServer s, String method, String uri, String body) {
    return s.handle(
        OcpiRequest.of(
            method, URI.create(uri), Map.of("Authorization", List.of("Token tok")), body));
  }

  @Test
  void setGetAndClear_reachTheHandler_andAnswerItsResponse() {
    OcpiServer s = server();
    SetChargingProfile set =
        new SetChargingProfile(
            new ChargingProfile(
                null,
                null,
                ChargingRateUnit.W,
                null,
                List.of(new ChargingProfilePeriod(0, new BigDecimal("11000")))),
            "http://127.0.0.1:9/results/1");
    OcpiResponse put =
        call(s, "PUT", "/ocpi/2.2.1/chargingprofiles/S1", OcpiJson.strict().write(set));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body()).contains("\"result\":\"ACCEPTED\"", "\"timeout\":30");
    assertThat(
            call(
                    s,
                    "GET",
                    "/ocpi/2.2.1/chargingprofiles/S1?duration=900&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr",
                    null)
                .status())
        .isEqualTo(200);
    assertThat(call(s, "DELETE", "/ocpi/2.2.1/chargingprofiles/S1?response_url=x", null).body())
        .contains("UNKNOWN_SESSION");
    assertThat(calls)
        .containsExactly("set S1 11000", "get S1 900 http://127.0.0.1:9/r", "clear S1");
  }

  @Test
  void getWithoutResponseUrl_isAnswered400With2001() {
    OcpiResponse r = call(server(), "GET", "/ocpi/2.2.1/chargingprofiles/S1?duration=900", null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(OcpiJson.strict().tree(r.body()).get("status_code").asInt()).isEqualTo(2001);
  }
}
