package org.evdepot.depotsim.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;

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
}
