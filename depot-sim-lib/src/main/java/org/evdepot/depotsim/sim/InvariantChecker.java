package org.evdepot.depotsim.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks the physical invariants of a run, segment by segment:
 *
 * <ul>
 *   <li>SoC in 0..1 at the start and end of each segment;
 *   <li>energy conservation per vehicle: the SoC gain equals efficiency times the EVSE's grid
 *       energy, and each segment starts where the previous one ended minus any energy driven in
 *       between; the site meter equals EVSE energy plus base load minus PV minus battery;
 *   <li>power within every limit at every instant: setpoints and drawn power non-negative, each at
 *       most its charger's maximum (and the on-board limit), each charger's EVSEs together at most
 *       its maximum, every EVSE off or at least at the charger minimum, drawn power at most the
 *       setpoint and the curve, and setpoints plus base load minus PV (net of the battery) within
 *       the grid limit (drawn power never exceeds setpoints, so this holds at every instant);
 *   <li>no power to a vehicle that is not plugged in, nor from a faulted charger.
 * </ul>
 *
 * <p>Each segment checks the vehicles the segment lists as active ({@link
 * Segment#activeVehicles()}); a vehicle that is not listed has no setpoint, power or SoC change by
 * the segment's contract, and its SoC continuity is checked when it is next listed.
 *
 * <p>The simulator runs one on every run (its count is the {@code limitViolations} KPI); tests use
 * it the same way.
 */
public final class InvariantChecker implements SimulationListener {
  private static final double TOL_KW = 1e-6;
  private static final int KEEP = 50;

  private final List<String> messages = new ArrayList<>();
  private long count;
  private double[] lastSoc = new double[0];
  private double[] driven = new double[0];
  private double[] chargerSum = new double[0];
  private long[] chargerSeen = new long[0];
  private int[] touched = new int[0];
  // Curve power at the SoC where each vehicle's last segment ended: the next segment usually
  // starts there, so maxKw(s0) is that value (the same curve at the same SoC, so the same result).
  private double[] memoSoc = new double[0];
  private double[] memoKw = new double[0];
  private org.evdepot.depotsim.model.ChargingCurve[] memoCurve =
      new org.evdepot.depotsim.model.ChargingCurve[0];
  private long segments;

  /** Creates a checker with no violations. */
  public InvariantChecker() {}

  /**
   * Number of violations found.
   *
   * @return count
   */
  public long count() {
    return count;
  }

  /**
   * The first violations found (at most 50).
   *
   * @return messages
   */
  public List<String> messages() {
    return Collections.unmodifiableList(messages);
  }

  private void fail(Segment s, String what) {
    count++;
    if (messages.size() < KEEP) {
      messages.add("t=" + s.start() + ".." + s.end() + ": " + what);
    }
  }

  @Override
  public void onDrive(int vehicle, long time, double kwh) {
    ensure(vehicle + 1, 0);
    driven[vehicle] += kwh;
  }

  private void ensure(int nv, int nc) {
    if (lastSoc.length < nv) {
      int old = lastSoc.length;
      lastSoc = java.util.Arrays.copyOf(lastSoc, nv);
      driven = java.util.Arrays.copyOf(driven, nv);
      for (int i = old; i < nv; i++) {
        lastSoc[i] = Double.NaN;
      }
    }
    if (chargerSum.length < nc) {
      chargerSum = new double[nc];
    }
    if (memoSoc.length < nv) {
      memoSoc = java.util.Arrays.copyOf(memoSoc, nv);
      memoKw = java.util.Arrays.copyOf(memoKw, nv);
      memoCurve = java.util.Arrays.copyOf(memoCurve, nv);
    }
  }

  private void checkPower(Segment s, int v, double p, double sp, double min) {
    if (p < 0 || p > sp + TOL_KW || p > s.maxGridKw(v) + TOL_KW) {
      fail(s, s.vehicleId(v) + " power " + p + " outside 0..setpoint " + sp);
    }
    if (p > 0 && p < min - TOL_KW) {
      fail(s, s.vehicleId(v) + " power below charger minimum " + min + ": " + p);
    }
  }

  @Override
  public void onSegment(Segment s) {
    int nv = s.vehicles();
    int nc = s.chargers();
    ensure(nv, nc);
    if (chargerSeen.length < nc) {
      chargerSeen = new long[nc];
      java.util.Arrays.fill(chargerSeen, -1);
      touched = new int[nc];
    }
    segments++;
    int nt = 0;
    double hours = (s.end() - s.start()) / 3600.0;
    if (!(hours > 0)) {
      fail(s, "segment has no positive length");
    }
    double setpointSum = 0;
    double energySum = 0;
    // Only the segment's active vehicles can have power or a SoC change (Segment#activeVehicles);
    // every other vehicle is checked (SoC range, continuity) when it is next active.
    int na = s.activeVehicles();
    for (int i = 0; i < na; i++) {
      int v = s.activeVehicle(i);
      double s0 = s.socStart(v);
      double s1 = s.socEnd(v);
      if (!(s0 >= 0 && s0 <= 1 && s1 >= 0 && s1 <= 1)) {
        fail(s, s.vehicleId(v) + " SoC outside 0..1: " + s0 + " -> " + s1);
      }
      if (!Double.isNaN(lastSoc[v])) {
        double expected = lastSoc[v] - driven[v] / s.capacityKwh(v);
        if (Math.abs(expected - s0) > 1e-9 && !(expected < 0 && s0 == 0)) {
          fail(s, s.vehicleId(v) + " SoC jumped: expected " + expected + ", found " + s0);
        }
      }
      driven[v] = 0;
      lastSoc[v] = s1;
      double sp = s.setpointKw(v);
      double p0 = s.startPowerKw(v);
      double p1 = s.endPowerKw(v);
      double e = s.gridEnergyKwh(v);
      int c = s.vehicleCharger(v);
      if (c < 0 || !s.vehiclePresent(v)) {
        if (sp != 0 || p0 != 0 || p1 != 0 || e != 0 || s1 != s0) {
          fail(s, s.vehicleId(v) + " charged while not plugged in");
        }
        continue;
      }
      if (sp == 0 && p0 == 0 && e == 0) {
        if (s1 != s0) {
          fail(s, s.vehicleId(v) + " SoC changed without power");
        }
        continue;
      }
      if (!s.chargerAvailable(c) && (p0 != 0 || e != 0)) {
        fail(s, s.vehicleId(v) + " charged from a faulted charger");
      }
      double max = s.chargerMaxKw(c);
      double min = s.chargerMinKw(c);
      if (sp < 0 || sp > max + TOL_KW) {
        fail(s, s.vehicleId(v) + " setpoint outside 0.." + max + ": " + sp);
      }
      if (sp > 0 && sp < min - TOL_KW) {
        fail(s, s.vehicleId(v) + " setpoint below charger minimum " + min + ": " + sp);
      }
      checkPower(s, v, p0, sp, min);
      checkPower(s, v, p1, sp, min);
      double eff = s.efficiency(v);
      org.evdepot.depotsim.model.ChargingCurve curve = s.curve(v);
      double kw0 =
          memoCurve[v] == curve && Double.compare(memoSoc[v], s0) == 0
              ? memoKw[v]
              : curve.maxKw(s0);
      double kw1 = s1 == s0 ? kw0 : curve.maxKw(s1);
      memoCurve[v] = curve;
      memoSoc[v] = s1;
      memoKw[v] = kw1;
      if (p0 * eff > kw0 + TOL_KW || p1 * eff > kw1 + TOL_KW) {
        fail(s, s.vehicleId(v) + " power above its charging curve");
      }
      double gained = (s1 - s0) * s.capacityKwh(v);
      if (Math.abs(gained - e * eff) > 1e-6 * (1 + Math.abs(gained))) {
        fail(s, s.vehicleId(v) + " energy not conserved: battery +" + gained + ", grid " + e);
      }
      if (e < -1e-12 || e > sp * hours + 1e-6) {
        fail(s, s.vehicleId(v) + " energy " + e + " above setpoint x duration");
      }
      if (chargerSeen[c] != segments) {
        chargerSeen[c] = segments;
        chargerSum[c] = 0;
        touched[nt++] = c;
      }
      chargerSum[c] += sp;
      setpointSum += s.chargerAvailable(c) ? sp : 0;
      energySum += e;
    }
    // Chargers in the order their first active vehicle came (only the message order depends on it).
    for (int j = 0; j < nt; j++) {
      int c = touched[j];
      if (chargerSum[c] > s.chargerMaxKw(c) + TOL_KW) {
        fail(s, "charger " + c + " EVSEs together above its maximum: " + chargerSum[c]);
      }
    }
    double worst = setpointSum + s.baseLoadKw() - s.pvKw() - s.batteryKw();
    if (worst > s.gridLimitKw() + TOL_KW * (1 + nv)) {
      fail(s, "grid limit " + s.gridLimitKw() + " exceeded: setpoints give " + worst);
    }
    if (s.gridKw() > s.gridLimitKw() + TOL_KW * (1 + nv)) {
      fail(s, "grid import " + s.gridKw() + " above limit " + s.gridLimitKw());
    }
    double meter = energySum + (s.baseLoadKw() - s.pvKw() - s.batteryKw()) * hours;
    if (Math.abs(meter - s.gridEnergyKwh()) > 1e-6 * (1 + Math.abs(meter))) {
      fail(s, "site meter " + s.gridEnergyKwh() + " differs from the sum of loads " + meter);
    }
  }
}
