package org.evdepot.depotsim.internal;

import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.plan.Planner;

/**
 * The simulator's shortcut to the built-in myopic planners: the one-slot plan from plain arrays,
 * without building {@code ConnectedVehicle} records, a {@code DepotState} and a {@code Plan} on
 * each of the year's 105,120 replans. The result is the first slot of {@code planner.plan(state)}
 * for the equivalent state, to the bit (the same slot loop runs on the same values; tested on
 * random depots). Not API.
 */
public final class DirectPlanning {
  private DirectPlanning() {}

  /**
   * Whether the planner is a built-in myopic planner that {@link #firstSlot} can run.
   *
   * @param planner the planner
   * @return true for uncontrolled, balanced, EDF and LLF
   */
  public static boolean supports(Planner planner) {
    return planner instanceof SlotPlanner;
  }

  /**
   * Plans one slot. Arrays hold one entry per connected vehicle (first n used) or per charger, with
   * the meaning of the {@code ConnectedVehicle} and {@code ChargerState} fields; eff, minKw and
   * chMax are the vehicle's charger's. They are read, not kept, and not changed.
   *
   * @param planner a planner for which {@link #supports} is true
   * @param now start of the slot
   * @param slotSeconds slot length
   * @param headroomKw the slot's headroom ({@code max(0, limit - base load + PV)})
   * @param n number of vehicles
   * @param soc SoC
   * @param cap capacity kWh
   * @param eff charger efficiency
   * @param minKw charger minimum
   * @param chMax charger maximum
   * @param maxGrid on-board limit or infinity
   * @param dep departure
   * @param target target SoC
   * @param prio priority
   * @param plugged plug-in time
   * @param charger charger index
   * @param curve charging curve
   * @param available per charger, not faulted
   * @param chargerMax per charger, maximum
   * @param out receives each vehicle's grid power in the slot
   */
  public static void firstSlot(
      Planner planner,
      long now,
      int slotSeconds,
      double headroomKw,
      int n,
      double[] soc,
      double[] cap,
      double[] eff,
      double[] minKw,
      double[] chMax,
      double[] maxGrid,
      long[] dep,
      double[] target,
      int[] prio,
      long[] plugged,
      int[] charger,
      ChargingCurve[] curve,
      boolean[] available,
      double[] chargerMax,
      double[] out) {
    PlanInput x =
        new PlanInput(
            now,
            slotSeconds,
            headroomKw,
            n,
            soc,
            cap,
            eff,
            minKw,
            chMax,
            maxGrid,
            dep,
            target,
            prio,
            plugged,
            charger,
            curve,
            available,
            chargerMax);
    ((SlotPlanner) planner).firstSlot(x, out);
  }
}
