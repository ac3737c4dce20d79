package org.evdepot.ocpi.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.CdrDimension;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.Price;
import org.evdepot.ocpi.v221.PriceComponent;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.TariffDimensionType;
import org.evdepot.ocpi.v221.TariffElement;
import org.evdepot.ocpi.v221.TariffRestrictions;

/**
 * Prices a session or CDR with an OCPI 2.2.1 tariff (OCPI 2.2.1 §11.3, §11.4).
 *
 * <ul>
 *   <li>Charging periods are split where a time-of-day, date, duration or kWh restriction of any
 *       element changes, and between charging ({@code TIME}) and parking ({@code PARKING_TIME}); a
 *       period's charging time comes first, its parking time after.
 *   <li>For each piece and dimension the first element whose restrictions all hold at the piece's
 *       start and that has a component of that dimension is used; FLAT is charged once, from the
 *       first matching element at the session start.
 *   <li>The total of each dimension is rounded up to the {@code step_size} of the last component
 *       used for it, and the extra is billed at that component's price (§11.4.2).
 *   <li>Current and power restrictions read {@code MAX_/MIN_CURRENT}, {@code CURRENT}, {@code
 *       MAX_/MIN_POWER}, {@code POWER} dimensions, power falling back to the period's average; a
 *       restriction that cannot be evaluated does not hold.
 *   <li>Elements with a {@code reservation} restriction describe reservations and are skipped.
 *   <li>{@code min_price} and {@code max_price} bound the totals excluding and including VAT.
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #of(Tariff)} parses a tariff once for pricing many sessions;
 * the static {@code price} methods do that per call.
 */
public final class TariffCalculator {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Map<String, LocalTime> TIMES = new ConcurrentHashMap<>();
  private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();

  private final Tariff tariff;
  private final List<El> elements;
  private final List<LocalTime> dayCuts;
  private final boolean cutAtMidnight;
  private final long[] durationCuts;
  private final double[] kwhThresholds;
  private final Map<DayKey, Instant[]> cutCache = new ConcurrentHashMap<>();

  private TariffCalculator(Tariff tariff) {
    this.tariff = tariff;
    List<El> els = new ArrayList<>();
    TreeSet<LocalTime> times = new TreeSet<>();
    List<Long> durations = new ArrayList<>();
    List<Double> kwh = new ArrayList<>();
    boolean midnight = false;
    for (TariffElement e : tariff.elements()) {
      TariffRestrictions r = e.restrictions();
      El el = new El(e);
      els.add(el);
      if (r == null) {
        continue;
      }
      if (r.startTime() != null) {
        times.add(time(r.startTime()));
      }
      if (r.endTime() != null) {
        times.add(time(r.endTime()));
      }
      midnight |=
          r.startTime() != null
              || r.endTime() != null
              || r.startDate() != null
              || r.endDate() != null
              || (r.dayOfWeek() != null && !r.dayOfWeek().isEmpty());
      if (r.minDuration() != null) {
        durations.add((long) r.minDuration());
      }
      if (r.maxDuration() != null) {
        durations.add((long) r.maxDuration());
      }
      if (r.minKwh() != null) {
        kwh.add(r.minKwh().doubleValue());
      }
      if (r.maxKwh() != null) {
        kwh.add(r.maxKwh().doubleValue());
      }
    }
    this.elements = List.copyOf(els);
    this.dayCuts = List.copyOf(times);
    this.cutAtMidnight = midnight;
    this.durationCuts = durations.stream().mapToLong(Long::longValue).toArray();
    this.kwhThresholds = kwh.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The restriction boundaries of one local day, cached: most sessions share few days. */
  private Instant[] dayCutsOf(ZoneId zone, LocalDate day) {
    DayKey key = new DayKey(zone, day);
    Instant[] cached = cutCache.get(key);
    if (cached != null) {
      return cached;
    }
    List<Instant> list = new ArrayList<>(dayCuts.size() + 1);
    if (cutAtMidnight) {
      list.add(day.atStartOfDay(zone).toInstant());
    }
    for (LocalTime t : dayCuts) {
      list.add(day.atTime(t).atZone(zone).toInstant());
    }
    Instant[] computed = list.toArray(new Instant[0]);
    if (cutCache.size() < 4_096) {
      cutCache.put(key, computed);
    }
    return computed;
  }

  private record DayKey(ZoneId zone, LocalDate day) {}

  /**
   * Prepares a tariff for pricing many sessions (parses restrictions once).
   *
   * @param tariff the tariff
   * @return a reusable, thread-safe calculator
   * @throws java.time.format.DateTimeParseException when a restriction's time or date is malformed
   */
  public static TariffCalculator of(Tariff tariff) {
    return new TariffCalculator(Objects.requireNonNull(tariff, "tariff"));
  }

  private static LocalTime time(String hhmm) {
    LocalTime t = TIMES.get(hhmm);
    if (t == null) {
      t = LocalTime.parse(hhmm);
      if (TIMES.size() < 10_000) {
        TIMES.put(hhmm, t);
      }
    }
    return t;
  }

  private static LocalDate date(String ymd) {
    LocalDate d = DATES.get(ymd);
    if (d == null) {
      d = LocalDate.parse(ymd);
      if (DATES.size() < 10_000) {
        DATES.put(ymd, d);
      }
    }
    return d;
  }

  /**
   * Prices a CDR.
   *
   * @param tariff the tariff
   * @param cdr the CDR (its charging periods and start/end)
   * @param zone time zone of the location, for time and day restrictions
   * @return the cost
   */
  public static PricingResult price(Tariff tariff, Cdr cdr, ZoneId zone) {
    return of(tariff).price(cdr.startDateTime(), cdr.endDateTime(), cdr.chargingPeriods(), zone);
  }

  /**
   * Prices a session up to a moment (its end when finished).
   *
   * @param tariff the tariff
   * @param session the session
   * @param asOf end of the priced interval, used when the session has no end yet
   * @param zone time zone of the location
   * @return the cost so far
   */
  public static PricingResult price(Tariff tariff, Session session, Instant asOf, ZoneId zone) {
    Instant end = session.endDateTime() != null ? session.endDateTime() : asOf;
    List<ChargingPeriod> periods =
        session.chargingPeriods() != null ? session.chargingPeriods() : List.of();
    return of(tariff).price(session.startDateTime(), end, periods, zone);
  }

  /**
   * Prices charging periods.
   *
   * @param tariff the tariff
   * @param start session start
   * @param end session end
   * @param periods charging periods in order; each lasts until the next one starts, the last until
   *     {@code end}
   * @param zone time zone of the location
   * @return the cost
   */
  public static PricingResult price(
      Tariff tariff, Instant start, Instant end, List<ChargingPeriod> periods, ZoneId zone) {
    return of(tariff).price(start, end, periods, zone);
  }

  /**
   * Prices charging periods with this calculator's tariff.
   *
   * @param start session start
   * @param end session end
   * @param periods charging periods in order; each lasts until the next one starts, the last until
   *     {@code end}
   * @param zone time zone of the location
   * @return the cost
   */
  public PricingResult price(
      Instant start, Instant end, List<ChargingPeriod> periods, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    List<Piece> pieces = split(start, end, periods, zone);
    Acc energy = new Acc();
    Acc time = new Acc();
    Acc parking = new Acc();
    PriceComponent flat = null;
    double energyBefore = 0;
    for (Piece p : pieces) {
      long elapsed = Duration.between(start, p.start).getSeconds();
      ZonedDateTime local = p.start.atZone(zone);
      Ctx ctx = new Ctx(local, energyBefore, elapsed, p);
      if (flat == null && p == pieces.get(0)) {
        flat = find(TariffDimensionType.FLAT, ctx);
      }
      if (p.charging) {
        add(energy, find(TariffDimensionType.ENERGY, ctx), p.energyKwh * 1000.0);
        add(time, find(TariffDimensionType.TIME, ctx), p.seconds);
      } else {
        add(parking, find(TariffDimensionType.PARKING_TIME, ctx), p.seconds);
      }
      energyBefore += p.energyKwh;
    }
    if (flat == null && pieces.isEmpty()) {
      flat = find(TariffDimensionType.FLAT, new Ctx(start.atZone(zone), 0, 0, null));
    }
    Money fixed = flat == null ? Money.ZERO : Money.of(flat, BigDecimal.ONE);
    Money energyCost = energy.cost(THOUSAND);
    Money timeCost = time.cost(HOUR);
    Money parkingCost = parking.cost(HOUR);
    Money total = fixed.plus(energyCost).plus(timeCost).plus(parkingCost);
    total = total.bounded(tariff.minPrice(), tariff.maxPrice());
    return new PricingResult(
        total.price(),
        fixed.price(),
        energyCost.price(),
        timeCost.price(),
        parkingCost.price(),
        energy.billed().divide(THOUSAND, MC).stripTrailingZeros(),
        time.billed().divide(HOUR, MC).stripTrailingZeros(),
        parking.billed().divide(HOUR, MC).stripTrailingZeros());
  }

  private static void add(Acc acc, PriceComponent c, double volume) {
    if (c == null || volume <= 0) {
      return;
    }
    acc.add(c, BigDecimal.valueOf(volume));
  }

  private PriceComponent find(TariffDimensionType type, Ctx ctx) {
    for (El e : elements) {
      if (e.reservation) {
        continue;
      }
      PriceComponent match = e.component(type);
      if (match != null && (e.rule == null || holds(e.rule, ctx))) {
        return match;
      }
    }
    return null;
  }

  private static boolean holds(TariffRestrictions r, Ctx c) {
    LocalTime t = c.local.toLocalTime();
    if (r.startTime() != null || r.endTime() != null) {
      LocalTime from = r.startTime() == null ? LocalTime.MIN : time(r.startTime());
      LocalTime to = r.endTime() == null ? null : time(r.endTime());
      boolean in;
      if (to == null) {
        in = !t.isBefore(from);
      } else if (!from.isAfter(to)) {
        in = !t.isBefore(from) && t.isBefore(to);
      } else {
        in = !t.isBefore(from) || t.isBefore(to);
      }
      if (!in) {
        return false;
      }
    }
    LocalDate d = c.local.toLocalDate();
    if (r.startDate() != null && d.isBefore(date(r.startDate()))) {
      return false;
    }
    if (r.endDate() != null && !d.isBefore(date(r.endDate()))) {
      return false;
    }
    if (r.dayOfWeek() != null
        && !r.dayOfWeek().isEmpty()
        && !r.dayOfWeek().contains(d.getDayOfWeek())) {
      return false;
    }
    if (r.minKwh() != null && c.energyBefore + 1e-9 < r.minKwh().doubleValue()) {
      return false;
    }
    if (r.maxKwh() != null && c.energyBefore + 1e-9 >= r.maxKwh().doubleValue()) {
      return false;
    }
    if (r.minDuration() != null && c.elapsed < r.minDuration()) {
      return false;
    }
    if (r.maxDuration() != null && c.elapsed >= r.maxDuration()) {
      return false;
    }
    Piece p = c.piece;
    if (r.minCurrent() != null
        && (p == null || p.minCurrent == null || p.minCurrent < r.minCurrent().doubleValue())) {
      return false;
    }
    if (r.maxCurrent() != null
        && (p == null || p.maxCurrent == null || p.maxCurrent >= r.maxCurrent().doubleValue())) {
      return false;
    }
    if (r.minPower() != null
        && (p == null || p.minPower == null || p.minPower < r.minPower().doubleValue())) {
      return false;
    }
    return r.maxPower() == null
        || (p != null && p.maxPower != null && p.maxPower < r.maxPower().doubleValue());
  }

  /**
   * Cuts periods into pieces that are pure charging or parking and homogeneous for restrictions.
   */
  private List<Piece> split(Instant start, Instant end, List<ChargingPeriod> periods, ZoneId zone) {
    TreeSet<Instant> cuts = new TreeSet<>();
    for (long d : durationCuts) {
      cuts.add(start.plusSeconds(d));
    }
    if (cutAtMidnight || !dayCuts.isEmpty()) {
      LocalDate day = start.atZone(zone).toLocalDate();
      LocalDate last = end.atZone(zone).toLocalDate();
      for (; !day.isAfter(last); day = day.plusDays(1)) {
        for (Instant cut : dayCutsOf(zone, day)) {
          cuts.add(cut);
        }
      }
    }
    List<Piece> pieces = new ArrayList<>();
    double energySoFar = 0;
    for (int i = 0; i < periods.size(); i++) {
      ChargingPeriod cp = periods.get(i);
      Instant ps = cp.startDateTime();
      Instant pe = i + 1 < periods.size() ? periods.get(i + 1).startDateTime() : end;
      long dur = Math.max(0, Duration.between(ps, pe).getSeconds());
      Dims d = Dims.of(cp.dimensions());
      long charge;
      long park;
      if (d.time != null) {
        charge = Math.round(d.time * 3600);
        park = d.parking != null ? Math.round(d.parking * 3600) : 0;
      } else if (d.parking != null) {
        park = Math.round(d.parking * 3600);
        charge = Math.max(0, dur - park);
      } else {
        charge = dur;
        park = 0;
      }
      double energy = d.energy != null ? d.energy : 0;
      Double avgPower = charge > 0 && d.energy != null ? energy / (charge / 3600.0) : null;
      Instant chargeEnd = ps.plusSeconds(charge);
      Instant parkEnd = chargeEnd.plusSeconds(park);
      // Charging part, cut at time boundaries and where cumulative energy crosses a kWh threshold.
      TreeSet<Instant> local = new TreeSet<>(cuts.subSet(ps, false, chargeEnd, false));
      if (charge > 0 && energy > 0) {
        for (double th : kwhThresholds) {
          if (th > energySoFar && th < energySoFar + energy) {
            long at = (long) Math.floor((th - energySoFar) / energy * charge);
            if (at > 0 && at < charge) {
              local.add(ps.plusSeconds(at));
            }
          }
        }
      }
      Instant a = ps;
      List<Instant> bounds = new ArrayList<>(local);
      bounds.add(chargeEnd);
      for (Instant b : bounds) {
        long secs = Duration.between(a, b).getSeconds();
        if (secs > 0) {
          double share = charge == 0 ? 0 : energy * secs / charge;
          pieces.add(new Piece(a, secs, true, share, d, avgPower));
        }
        a = b;
      }
      energySoFar += energy;
      a = chargeEnd;
      bounds = new ArrayList<>(cuts.subSet(chargeEnd, false, parkEnd, false));
      bounds.add(parkEnd);
      for (Instant b : bounds) {
        long secs = Duration.between(a, b).getSeconds();
        if (secs > 0) {
          pieces.add(new Piece(a, secs, false, 0, d, null));
        }
        a = b;
      }
    }
    return pieces;
  }

  /** A tariff element with its components looked up once. */
  private static final class El {
    final TariffRestrictions rule;
    final boolean reservation;
    final PriceComponent flat;
    final PriceComponent energy;
    final PriceComponent time;
    final PriceComponent parking;

    El(TariffElement e) {
      this.rule = e.restrictions();
      this.reservation = rule != null && rule.reservation() != null;
      this.flat = first(e, TariffDimensionType.FLAT);
      this.energy = first(e, TariffDimensionType.ENERGY);
      this.time = first(e, TariffDimensionType.TIME);
      this.parking = first(e, TariffDimensionType.PARKING_TIME);
      if (rule != null) {
        // Validate times and dates now rather than while pricing.
        if (rule.startTime() != null) {
          time(rule.startTime());
        }
        if (rule.endTime() != null) {
          time(rule.endTime());
        }
        if (rule.startDate() != null) {
          date(rule.startDate());
        }
        if (rule.endDate() != null) {
          date(rule.endDate());
        }
      }
    }

    private static PriceComponent first(TariffElement e, TariffDimensionType type) {
      for (PriceComponent pc : e.priceComponents()) {
        if (pc.type() == type) {
          return pc;
        }
      }
      return null;
    }

    PriceComponent component(TariffDimensionType type) {
      return switch (type) {
        case FLAT -> flat;
        case ENERGY -> energy;
        case TIME -> time;
        case PARKING_TIME -> parking;
      };
    }
  }

  private record Ctx(ZonedDateTime local, double energyBefore, long elapsed, Piece piece) {}

  private static final class Piece {
    final Instant start;
    final long seconds;
    final boolean charging;
    final double energyKwh;
    final Double minCurrent;
    final Double maxCurrent;
    final Double minPower;
    final Double maxPower;

    Piece(
        Instant start, long seconds, boolean charging, double energyKwh, Dims d, Double avgPower) {
      this.start = start;
      this.seconds = seconds;
      this.charging = charging;
      this.energyKwh = energyKwh;
      this.minCurrent = first(d.minCurrent, d.current);
      this.maxCurrent = first(d.maxCurrent, d.current);
      this.minPower = first(first(d.minPower, d.power), avgPower);
      this.maxPower = first(first(d.maxPower, d.power), avgPower);
    }

    private static Double first(Double a, Double b) {
      return a != null ? a : b;
    }
  }

  private static final class Dims {
    Double energy;
    Double time;
    Double parking;
    Double current;
    Double minCurrent;
    Double maxCurrent;
    Double power;
    Double minPower;
    Double maxPower;

    static Dims of(List<CdrDimension> dims) {
      Dims d = new Dims();
      for (CdrDimension x : dims) {
        double v = x.volume().doubleValue();
        switch (x.type()) {
          case ENERGY, ENERGY_IMPORT -> d.energy = (d.energy == null ? 0 : d.energy) + v;
          case TIME -> d.time = v;
          case PARKING_TIME -> d.parking = v;
          case CURRENT -> d.current = v;
          case MIN_CURRENT -> d.minCurrent = v;
          case MAX_CURRENT -> d.maxCurrent = v;
          case POWER -> d.power = v;
          case MIN_POWER -> d.minPower = v;
          case MAX_POWER -> d.maxPower = v;
          default -> {
            // FLAT, STATE_OF_CHARGE, RESERVATION_TIME, ENERGY_EXPORT do not affect pricing here.
          }
        }
      }
      return d;
    }
  }

  /** Billed volumes of one dimension, per component in order of use. */
  private static final class Acc {
    private final List<PriceComponent> components = new ArrayList<>();
    private final List<BigDecimal> volumes = new ArrayList<>();

    void add(PriceComponent c, BigDecimal volume) {
      int last = components.size() - 1;
      if (last >= 0 && components.get(last) == c) {
        volumes.set(last, volumes.get(last).add(volume));
      } else {
        components.add(c);
        volumes.add(volume);
      }
    }

    /** Total after rounding up to the last component's step size (volume in Wh or seconds). */
    BigDecimal billed() {
      BigDecimal total = BigDecimal.ZERO;
      for (BigDecimal v : volumes) {
        total = total.add(v);
      }
      if (components.isEmpty()) {
        return total;
      }
      int step = Math.max(1, components.get(components.size() - 1).stepSize());
      BigDecimal s = BigDecimal.valueOf(step);
      BigDecimal steps = total.divide(s, 0, RoundingMode.CEILING);
      return steps.multiply(s);
    }

    /** Cost with the step-size extra billed at the last component's price. */
    Money cost(BigDecimal unit) {
      if (components.isEmpty()) {
        return Money.ZERO;
      }
      BigDecimal extra = billed();
      for (BigDecimal v : volumes) {
        extra = extra.subtract(v);
      }
      Money m = Money.ZERO;
      for (int i = 0; i < components.size(); i++) {
        BigDecimal v = volumes.get(i);
        if (i == components.size() - 1) {
          v = v.add(extra);
        }
        m = m.plus(Money.of(components.get(i), v.divide(unit, MC)));
      }
      return m;
    }
  }

  /** Excl. and incl. VAT amounts; incl is null once any part has no VAT. */
  private record Money(BigDecimal excl, BigDecimal incl) {
    static final Money ZERO = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

    static Money of(PriceComponent c, BigDecimal units) {
      BigDecimal ex = c.price().multiply(units, MC);
      BigDecimal in =
          c.vat() == null ? null : ex.multiply(BigDecimal.ONE.add(c.vat().divide(HUNDRED, MC)), MC);
      return new Money(ex, in);
    }

    Money plus(Money o) {
      return new Money(excl.add(o.excl), incl == null || o.incl == null ? null : incl.add(o.incl));
    }

    Money bounded(Price min, Price max) {
      BigDecimal ex = excl;
      BigDecimal in = incl;
      if (min != null) {
        ex = ex.max(min.exclVat());
        if (in != null && min.inclVat() != null) {
          in = in.max(min.inclVat());
        }
      }
      if (max != null) {
        ex = ex.min(max.exclVat());
        if (in != null && max.inclVat() != null) {
          in = in.min(max.inclVat());
        }
      }
      return new Money(ex, in);
    }

    Price price() {
      return new Price(
          excl.setScale(2, RoundingMode.HALF_UP),
          incl == null ? null : incl.setScale(2, RoundingMode.HALF_UP));
    }
  }
}
