package org.evdepot.ocpi.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.CdrDimension;
import org.evdepot.ocpi.v221.CdrDimensionType;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.Tariff;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tariff pricing against the OCPI 2.2.1 tariff examples (§11.3.1.1), one JSON case per file in
 * {@code src/test/resources/tariff-cases}: given a tariff and charging periods, when priced, then
 * the spec's totals excluding and including VAT.
 */
class TariffCalculatorTest {
  private static final OcpiJson JSON = OcpiJson.strict();

  @TestFactory
  Stream<DynamicTest> specTariffExamples_arePricedAsTheSpecStates()
      throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/tariff-cases")).toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName() + ": " + description(f), () -> run(f)));
  }

  private static String description(Path f) {
    try {
      return JSON.tree(Files.readString(f)).get("description").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(Path f) throws IOException {
    JsonNode c = JSON.tree(Files.readString(f));
    Tariff tariff = JSON.convert(c.get("tariff"), Tariff.class);
    List<ChargingPeriod> periods =
        JSON.mapper()
            .convertValue(
                c.get("periods"),
                JSON.mapper()
                    .getTypeFactory()
                    .constructCollectionType(List.class, ChargingPeriod.class));
    PricingResult r =
        TariffCalculator.price(
            tariff,
            Instant.parse(c.get("start").asText()),
            Instant.parse(c.get("end").asText()),
            periods,
            ZoneId.of(c.get("zone").asText()));
    JsonNode expect = c.get("expect");
    assertThat(r.totalCost().exclVat())
        .isEqualByComparingTo(new BigDecimal(expect.get("excl_vat").asText()));
    if (expect.get("incl_vat").isNull()) {
      assertThat(r.totalCost().inclVat()).isNull();
    } else {
      assertThat(r.totalCost().inclVat())
          .isEqualByComparingTo(new BigDecimal(expect.get("incl_vat").asText()));
    }
  }

  @Test
  void stepSize_billsParkingInWholeBlocks_andReportsBilledVolumes()
      throws IOException, URISyntaxException {
    Path f =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/tariff-cases/07_time_and_parking.json"))
                .toURI());
    JsonNode c = JSON.tree(Files.readString(f));
    Tariff tariff = JSON.convert(c.get("tariff"), Tariff.class);
    List<ChargingPeriod> periods =
        JSON.mapper()
            .convertValue(
                c.get("periods"),
                JSON.mapper()
                    .getTypeFactory()
                    .constructCollectionType(List.class, ChargingPeriod.class));
    PricingResult r =
        TariffCalculator.price(
            tariff,
            Instant.parse(c.get("start").asText()),
            Instant.parse(c.get("end").asText()),
            periods,
            ZoneId.of("Europe/Amsterdam"));
    assertThat(r.billedParkingTime()).isEqualByComparingTo("0.75");
    assertThat(r.billedTime()).isEqualByComparingTo("2.5");
    assertThat(r.timeCost().exclVat()).isEqualByComparingTo("7.50");
    assertThat(r.parkingCost().exclVat()).isEqualByComparingTo("3.75");
  }

  private static Tariff tariff(String components) {
    return JSON.read(
        "{\"country_code\":\"NL\",\"party_id\":\"CPO\",\"id\":\"T\",\"currency\":\"EUR\","
            + "\"elements\":["
            + components
            + "],\"last_updated\":\"2026-01-01T00:00:00Z\"}",
        Tariff.class);
  }

  @Test
  void cdr_isPricedFromItsChargingPeriods_matchingItsTotalCost() {
    Tariff energy =
        tariff(
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1,"
                + "\"vat\":10.0}]}");
    Cdr cdr = Fixtures.cdr("NL", "CPO", "CDR1", Fixtures.token("NL", "EMS", "T1"));
    PricingResult r = TariffCalculator.price(energy, cdr, ZoneId.of("Europe/Amsterdam"));
    assertThat(r.totalCost().exclVat()).isEqualByComparingTo(cdr.totalCost().exclVat());
    assertThat(r.totalCost().inclVat()).isEqualByComparingTo(cdr.totalCost().inclVat());
    assertThat(r.energyCost().exclVat()).isEqualByComparingTo("5.00");
  }

  @Test
  void session_isPricedUpToAsOf_whileActive_andUpToItsEnd_whenFinished() {
    Tariff time =
        tariff("{\"price_components\":[{\"type\":\"TIME\",\"price\":2.00,\"step_size\":60}]}");
    Session base = Fixtures.session("NL", "CPO", "S1", Fixtures.token("NL", "EMS", "T1"), "LOC1");
    List<ChargingPeriod> periods =
        List.of(
            new ChargingPeriod(
                Fixtures.T0,
                // No TIME volume: the (last) period lasts until the session's end or asOf.
                List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("10"))),
                null));
    Session active = withPeriods(base, null, periods);
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    assertThat(
            TariffCalculator.price(time, active, Fixtures.T0.plusSeconds(5400), zone)
                .totalCost()
                .exclVat())
        .isEqualByComparingTo("3.00");
    assertThat(
            TariffCalculator.price(time, active, Fixtures.T0.plusSeconds(1800), zone)
                .totalCost()
                .exclVat())
        .isEqualByComparingTo("1.00");
    Session finished = withPeriods(base, Fixtures.T0.plusSeconds(1800), periods);
    assertThat(
            TariffCalculator.price(time, finished, Fixtures.T0.plusSeconds(7200), zone)
                .totalCost()
                .exclVat())
        .isEqualByComparingTo("1.00");
  }

  private static Session withPeriods(Session s, Instant end, List<ChargingPeriod> periods) {
    return new Session(
        s.countryCode(),
        s.partyId(),
        s.id(),
        s.startDateTime(),
        end,
        s.kwh(),
        s.cdrToken(),
        s.authMethod(),
        s.authorizationReference(),
        s.locationId(),
        s.evseUid(),
        s.connectorId(),
        s.meterId(),
        s.currency(),
        periods,
        s.totalCost(),
        s.status(),
        s.lastUpdated());
  }
}
