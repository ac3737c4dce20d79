package org.evdepot.ocpi.client.v221;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.OcpiClient;
import org.evdepot.ocpi.partner.EndpointRef;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.junit.jupiter.api.Test;

/** The typed clients check version and interface when created. */
class TypedClientsTest {
  private static final PartyRef ME = new PartyRef("NL", "CPO", Role.CPO);

  private static Partner partner(OcpiVersion v, List<EndpointRef> endpoints) {
    return new Partner(
        "p",
        v,
        "in",
        "out",
        "http://127.0.0.1:9/versions",
        endpoints,
        List.of(new PartyRef("NL", "EMS", Role.EMSP)),
        true,
        TokenEncoding.BY_VERSION,
        ParsingMode.STRICT);
  }

  @Test
  void a211Partner_isRefused() {
    var pc =
        OcpiClient.builder()
            .build()
            .partner(
                partner(
                    OcpiVersion.V2_1_1,
                    List.of(new EndpointRef(ModuleId.LOCATIONS, null, "http://x/locations"))),
                ME);
    assertThatThrownBy(() -> new CpoLocationsClient(pc))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2.1.1");
  }

  @Test
  void aPartnerWithoutThatInterface_isRefusedWith3003NamingIt() {
    var pc =
        OcpiClient.builder()
            .build()
            .partner(
                partner(
                    OcpiVersion.V2_2_1,
                    List.of(
                        new EndpointRef(
                            ModuleId.LOCATIONS, InterfaceRole.SENDER, "http://x/locations"))),
                ME);
    assertThat(new EmspLocationsClient(pc).generic()).isSameAs(pc);
    assertThatThrownBy(() -> new CpoLocationsClient(pc))
        .isInstanceOf(OcpiException.class)
        .hasMessageContaining("RECEIVER")
        .satisfies(e -> assertThat(((OcpiException) e).statusCode()).isEqualTo(3003));
  }
}
