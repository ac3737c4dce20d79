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
import org.evdepot.ocpi.v221.ChargingPeriod;
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
}
