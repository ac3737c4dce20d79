package org.evdepot.bench.ocpi;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpi.tariff.PricingResult;
import org.evdepot.ocpi.tariff.TariffCalculator;
import org.evdepot.ocpi.v221.CdrDimension;
import org.evdepot.ocpi.v221.CdrDimensionType;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.PriceComponent;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.TariffDimensionType;
import org.evdepot.ocpi.v221.TariffElement;
import org.evdepot.ocpi.v221.TariffRestrictions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pricing 100,000 CDRs (random start, 10-300 min of charging, 0-90 min of parking, 16-64 A) with
 * the spec's "complex" tariff (flat fee, time by current and weekday, parking by time of day).
 * Score is per CDR.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TariffPricingBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TariffPricingBenchmark {
  private static final int CDRS = 100_000;
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private Tariff tariff;
  private TariffCalculator calculator;
  private Instant[] starts;
  private Instant[] ends;
  private List<List<ChargingPeriod>> periods;

  /** Builds the tariff and CDR inputs. */
  @Setup
  public void setUp() {
    List<DayOfWeek> weekdays =
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    tariff =
        new Tariff(
            "NL",
            "CPO",
            "T4",
            "EUR",
            null,
            null,
            null,
            null,
            null,
            List.of(
                el(pc(TariffDimensionType.FLAT, "2.50", 1, "15"), null),
                el(
                    pc(TariffDimensionType.TIME, "1.00", 900, "20"),
                    r(null, null, null, new BigDecimal("32"), null)),
                el(
                    pc(TariffDimensionType.TIME, "2.00", 600, "20"),
                    r(null, null, new BigDecimal("32"), null, weekdays)),
                el(
                    pc(TariffDimensionType.TIME, "1.25", 600, "20"),
                    r(
                        null,
                        null,
                        new BigDecimal("32"),
                        null,
                        List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))),
                el(
                    pc(TariffDimensionType.PARKING_TIME, "5.00", 300, "10"),
                    r("09:00", "18:00", null, null, weekdays)),
                el(
                    pc(TariffDimensionType.PARKING_TIME, "6.00", 300, "10"),
                    r("10:00", "17:00", null, null, List.of(DayOfWeek.SATURDAY)))),
            null,
            null,
            null,
            Instant.EPOCH);
    calculator = TariffCalculator.of(tariff);
    SplittableRandom rnd = new SplittableRandom(42);
    starts = new Instant[CDRS];
    ends = new Instant[CDRS];
    periods = new ArrayList<>(CDRS);
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < CDRS; i++) {
      Instant s = base.plusSeconds(rnd.nextLong(365L * 24 * 3600));
      int charge = 600 + rnd.nextInt(17_400);
      int park = rnd.nextInt(5_400);
      double amps = 16 + rnd.nextInt(48);
      List<ChargingPeriod> ps = new ArrayList<>(2);
      ps.add(
          new ChargingPeriod(
              s,
              List.of(
                  new CdrDimension(CdrDimensionType.TIME, BigDecimal.valueOf(charge / 3600.0)),
                  new CdrDimension(
                      CdrDimensionType.ENERGY, BigDecimal.valueOf(amps * 0.4 * charge / 3600.0)),
                  new CdrDimension(CdrDimensionType.MAX_CURRENT, BigDecimal.valueOf(amps)),
                  new CdrDimension(CdrDimensionType.MIN_CURRENT, BigDecimal.valueOf(amps))),
              null));
      if (park > 0) {
        ps.add(
            new ChargingPeriod(
                s.plusSeconds(charge),
                List.of(
                    new CdrDimension(
                        CdrDimensionType.PARKING_TIME, BigDecimal.valueOf(park / 3600.0))),
                null));
      }
      starts[i] = s;
      ends[i] = s.plusSeconds(charge + park);
      periods.add(ps);
    }
  }

  private static PriceComponent pc(TariffDimensionType t, String price, int step, String vat) {
    return new PriceComponent(t, new BigDecimal(price), new BigDecimal(vat), step);
  }

  private static TariffElement el(PriceComponent c, TariffRestrictions r) {
    return new TariffElement(List.of(c), r);
  }

  private static TariffRestrictions r(
      String from, String to, BigDecimal minA, BigDecimal maxA, List<DayOfWeek> days) {
    return new TariffRestrictions(
        from, to, null, null, null, null, minA, maxA, null, null, null, null, days, null);
  }

  /**
   * Prices all CDRs with a calculator prepared once; the score is CDRs per second.
   *
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(CDRS)
  public void priceCdrsPrepared(Blackhole bh) {
    for (int i = 0; i < CDRS; i++) {
      bh.consume(calculator.price(starts[i], ends[i], periods.get(i), ZONE));
    }
  }

  /**
   * Prices all CDRs through the static entry point (tariff parsed per CDR); CDRs per second.
   *
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(CDRS)
  public void priceCdrs(Blackhole bh) {
    for (int i = 0; i < CDRS; i++) {
      PricingResult r = TariffCalculator.price(tariff, starts[i], ends[i], periods.get(i), ZONE);
      bh.consume(r);
    }
  }
}
