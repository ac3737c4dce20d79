package org.evdepot.depotsim.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.ExpectedArrival;

/** Small building blocks for tests. */
public final class Depots {
  private Depots() {}

  /** A flat 100 kWh type accepting up to {@code kw}. */
  public static VehicleType flatType(String id, double kwh, double kw) {
    return new VehicleType(id, kwh, ChargingCurve.constant(kw), 1.0, 22);
  }

  /** A DC charger with one EVSE. */
  public static Charger dc(String id, double maxKw, double minKw, double eff) {
    return new Charger(id, maxKw, minKw, eff, 1, CurrentType.DC);
  }

  /** One block. */
  public static Vehicle vehicle(
      String id, String type, double soc, long depart, long ret, double kwh, double req) {
    return new Vehicle(id, type, soc, 0, List.of(new Block(depart, ret, 0, kwh, req)));
  }

  /** A planner state with constant site values. */
  public static DepotState state(
      int slots,
      int slotSeconds,
      double limitKw,
      double price,
      List<ChargerState> chargers,
      List<ConnectedVehicle> vehicles) {
    double[] lim = new double[slots];
    double[] zero = new double[slots];
    double[] pr = new double[slots];
    java.util.Arrays.fill(lim, limitKw);
    java.util.Arrays.fill(pr, price);
    return new DepotState(0, slotSeconds, lim, zero, zero.clone(), pr, 0, 0, chargers, vehicles);
  }

  /** A connected vehicle with a flat curve. */
  public static ConnectedVehicle connected(
      String id, int charger, double soc, double kwh, double curveKw, long dep, double target) {
    return new ConnectedVehicle(
        id,
        charger,
        soc,
        kwh,
        ChargingCurve.constant(curveKw),
        Double.POSITIVE_INFINITY,
        dep,
        target,
        0,
        0);
  }

  /** n chargers of maxKw, min, eff 1. */
  public static List<ChargerState> chargers(int n, double maxKw, double minKw) {
    List<ChargerState> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ChargerState("C" + i, maxKw, minKw, 1.0, true));
    }
    return out;
  }

  /**
   * The state with up to {@code max} random expected arrivals: arrivals from before the state's
   * start to after its horizon, known, unknown and faulted chargers, tapering curves, AC limits,
   * priorities and departures inside and beyond the horizon.
   */
  public static DepotState withRandomArrivals(DepotState st, long seed, int max) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = r.nextInt(max + 1);
    long span = (long) st.slots() * st.slotSeconds();
    int nc = st.chargers().size();
    List<ExpectedArrival> out = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      long at = st.now() - st.slotSeconds() + (long) (r.nextDouble() * (span * 1.2));
      long dep =
          r.nextInt(10) == 0 ? Long.MAX_VALUE : at + 1 + (long) (r.nextDouble() * span * 1.2);
      double knee = 0.5 + 0.4 * r.nextDouble();
      double peak = 20 + r.nextDouble() * 300;
      out.add(
          new ExpectedArrival(
              "E" + j,
              at,
              r.nextInt(3) == 0 || nc == 0 ? ExpectedArrival.UNKNOWN_CHARGER : r.nextInt(nc),
              r.nextDouble(),
              50 + r.nextDouble() * 500,
              ChargingCurve.of(new double[] {0, knee, 1}, new double[] {peak, peak, peak * 0.1}),
              r.nextInt(5) == 0 ? 22 : Double.POSITIVE_INFINITY,
              dep,
              0.3 + 0.7 * r.nextDouble(),
              r.nextInt(3) == 0 ? 1 : 0));
    }
    return st.withExpectedArrivals(out);
  }
}
