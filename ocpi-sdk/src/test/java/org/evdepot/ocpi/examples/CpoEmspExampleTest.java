package org.evdepot.ocpi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
import org.evdepot.ocpi.v221.CommandResultType;
import org.evdepot.ocpi.v221.Location;
import org.junit.jupiter.api.Test;

/** The README's example does what it says; pulls are lazy. */
class CpoEmspExampleTest {
  @Test
  void example_registersPushesPullsAndStartsASession() throws Exception {
    CpoEmspExample.Outcome o = CpoEmspExample.run();
    Location expected = Fixtures.location("NL", "CPO", "DEPOT1", Fixtures.T0);

    assertThat(o.emspAtCpo().registered()).isTrue();
    assertThat(o.emspAtCpo().version()).isEqualTo(OcpiVersion.V2_2_1);
    assertThat(o.emspAtCpo().parties()).containsExactly(new PartyRef("NL", "EMS", Role.EMSP));
    assertThat(o.cpoAtEmsp().parties()).containsExactly(new PartyRef("NL", "CPO", Role.CPO));
    assertThat(o.cpoAtEmsp().incomingToken()).isEqualTo(o.emspAtCpo().outgoingToken());
    assertThat(o.cpoAtEmsp().outgoingToken()).isEqualTo(o.emspAtCpo().incomingToken());

    assertThat(o.pushed()).isEqualTo(expected);
    assertThat(o.pulled()).containsExactly(expected);

    assertThat(o.answer().result()).isEqualTo(CommandResponseType.ACCEPTED);
    assertThat(o.answer().timeout()).isEqualTo(30);
    assertThat(o.resultFor()).isEqualTo("42");
    assertThat(o.result().result()).isEqualTo(CommandResultType.ACCEPTED);
  }

  @Test
  void pull_fetchesTheNextPageOnlyWhenTheConsumerGetsThere() throws Exception {
    try (RoamingNode cpo =
            RoamingNode.cpo(
                List.of(OcpiVersion.V2_2_1),
                req -> new CommandResponse(CommandResponseType.REJECTED, 0, null),
                2);
        RoamingNode emsp = RoamingNode.emsp(List.of(OcpiVersion.V2_2_1), (t, u, r, p, v) -> {})) {
      emsp.partners().addRegistrationToken("A-lazy");
      cpo.registrar().register(emsp.platform().versionsUrl(), "A-lazy");
      var store = cpo.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class);
      for (int i = 0; i < 5; i++) {
        store.put(
            new ObjectKey("NL", "CPO", "L" + i),
            Fixtures.location("NL", "CPO", "L" + i, Fixtures.T0.plusSeconds(i)));
      }
      Partner cpoAtEmsp = emsp.onlyPartner();
      int before = pages(cpo);

      Iterator<Location> it =
          emsp.clientFor(cpoAtEmsp)
              .pull(ModuleId.LOCATIONS, Location.class, PullQuery.all())
              .iterator();
      assertThat(pages(cpo) - before).as("nothing fetched before iterating").isZero();
      assertThat(it.next().id()).isEqualTo("L0");
      assertThat(pages(cpo) - before).isEqualTo(1);
      assertThat(it.next().id()).isEqualTo("L1");
      assertThat(pages(cpo) - before).as("second item is on the first page").isEqualTo(1);
      assertThat(it.next().id()).isEqualTo("L2");
      assertThat(pages(cpo) - before).isEqualTo(2);
      List<String> rest = new java.util.ArrayList<>();
      it.forEachRemaining(l -> rest.add(l.id()));
      assertThat(rest).containsExactly("L3", "L4");
      assertThat(pages(cpo) - before).isEqualTo(3);

      // A consumer that stops early never causes the later pages to be fetched.
      int mark = pages(cpo);
      assertThat(
              emsp.clientFor(cpoAtEmsp)
                  .pull(ModuleId.LOCATIONS, Location.class, PullQuery.all())
                  .limit(2)
                  .toList())
          .hasSize(2);
      assertThat(pages(cpo) - mark).isEqualTo(1);
    }
  }

  private static int pages(RoamingNode node) {
    return (int)
        node.requests().stream().filter(r -> r.startsWith("GET /ocpi/cpo/2.2.1/locations")).count();
  }
}
