package org.evdepot.depotsim.sim;

import java.util.List;
import java.util.Locale;

/**
 * Key performance indicators of a run.
 *
 * @param scenario scenario name
 * @param strategy planner label
 * @param hours simulated hours
 * @param vehicles fleet size
 * @param departures scheduled departures
 * @param missedDepartures departures below target or not back in time
 * @param shortfallKwh battery energy missing over all departures
 * @param socAtDeparture distribution of SoC at departure
 * @param peakGridKw largest grid import
 * @param monthlyPeaks largest grid import per UTC month
 * @param gridEnergyKwh grid import energy
 * @param evseEnergyKwh grid energy to the EVSEs
 * @param batteryEnergyKwh energy into the vehicles' batteries
 * @param energyCost energy cost
 * @param demandCharge sum over months of demand charge times monthly peak
 * @param chargerUtilisation energy delivered over (maximum power x duration), all chargers
 * @param strandedKwh energy blocks needed beyond empty batteries
 * @param limitViolations invariant violations found (must be 0)
 * @param plannerRuns number of planner calls
 * @param perVehicle per-vehicle results
 */
public record Kpis(
    String scenario,
    String strategy,
    double hours,
    int vehicles,
    int departures,
    int missedDepartures,
    double shortfallKwh,
    SocDistribution socAtDeparture,
    double peakGridKw,
    List<MonthPeak> monthlyPeaks,
    double gridEnergyKwh,
    double evseEnergyKwh,
    double batteryEnergyKwh,
    double energyCost,
    double demandCharge,
    double chargerUtilisation,
    double strandedKwh,
    long limitViolations,
    long plannerRuns,
    List<VehicleKpi> perVehicle) {

  /** Copies the lists. */
  public Kpis {
    monthlyPeaks = List.copyOf(monthlyPeaks);
    perVehicle = List.copyOf(perVehicle);
  }

  /**
   * Peak import of one month.
   *
   * @param month {@code yyyy-MM}
   * @param peakKw its peak
   */
  public record MonthPeak(String month, double peakKw) {}

  /**
   * One vehicle's results.
   *
   * @param id vehicle id
   * @param departures its departures
   * @param missed those missed
   * @param shortfallKwh energy missing over them
   * @param minSocAtDeparture lowest SoC at departure (1 if it never left)
   */
  public record VehicleKpi(
      String id, int departures, int missed, double shortfallKwh, double minSocAtDeparture) {}

  /**
   * SoC at departure.
   *
   * @param min lowest
   * @param p5 5th percentile
   * @param median median
   * @param mean mean
   * @param deciles count of departures per tenth of SoC (index 9 holds 0.9..1.0)
   */
  public record SocDistribution(double min, double p5, double median, double mean, int[] deciles) {
    /** Copies the array. */
    public SocDistribution {
      deciles = deciles.clone();
    }

    /**
     * The count of departures per tenth of SoC, a copy.
     *
     * @return counts, index 9 holding 0.9..1.0
     */
    @Override
    public int[] deciles() {
      return deciles.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SocDistribution d
          && d.min == min
          && d.p5 == p5
          && d.median == median
          && d.mean == mean
          && java.util.Arrays.equals(d.deciles, deciles);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(min, p5, median, mean, java.util.Arrays.hashCode(deciles));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "min %.3f, p5 %.3f, median %.3f, mean %.3f, deciles %s",
          min,
          p5,
          median,
          mean,
          java.util.Arrays.toString(deciles));
    }
  }

  /**
   * Total cost: energy plus demand charge.
   *
   * @return cost
   */
  public double totalCost() {
    return energyCost + demandCharge;
  }

  /**
   * A plain multi-line summary.
   *
   * @return the text
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "scenario            %s%n", scenario));
    b.append(String.format(Locale.ROOT, "strategy            %s%n", strategy));
    b.append(
        String.format(Locale.ROOT, "simulated           %.1f h, %d vehicles%n", hours, vehicles));
    b.append(
        String.format(
            Locale.ROOT,
            "departures          %d, missed %d, shortfall %.1f kWh%n",
            departures,
            missedDepartures,
            shortfallKwh));
    b.append(String.format(Locale.ROOT, "SoC at departure    %s%n", socAtDeparture));
    b.append(String.format(Locale.ROOT, "peak grid           %.1f kW%n", peakGridKw));
    b.append(
        String.format(
            Locale.ROOT,
            "energy              grid %.1f kWh, EVSEs %.1f kWh, batteries %.1f kWh%n",
            gridEnergyKwh,
            evseEnergyKwh,
            batteryEnergyKwh));
    b.append(
        String.format(
            Locale.ROOT,
            "cost                energy %.2f + demand %.2f = %.2f%n",
            energyCost,
            demandCharge,
            totalCost()));
    b.append(String.format(Locale.ROOT, "charger utilisation %.1f %%%n", 100 * chargerUtilisation));
    b.append(String.format(Locale.ROOT, "stranded energy     %.1f kWh%n", strandedKwh));
    b.append(String.format(Locale.ROOT, "limit violations    %d%n", limitViolations));
    b.append(String.format(Locale.ROOT, "planner runs        %d%n", plannerRuns));
    return b.toString();
  }
}
