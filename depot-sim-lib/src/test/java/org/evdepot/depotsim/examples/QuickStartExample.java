package org.evdepot.depotsim.examples;

import java.util.List;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.Simulation;
import org.evdepot.depotsim.sim.SimulationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A runnable example in the spirit of the README's quick start (which shows one bus on one
 * charger), a little larger: two buses, two chargers, one night, the optimising planner. Run it
 * from the IDE, or with the test classpath.
 */
public final class QuickStartExample {
  private static final Logger LOG = LoggerFactory.getLogger(QuickStartExample.class);

  private QuickStartExample() {}

  /**
   * Builds the depot, runs it and returns the result.
   *
   * @return the result
   */
  public static SimulationResult run() {
    Simulation sim =
        Simulation.start(
            scenario(), Strategy.OPTIMISED.planner(), "optimised", RunOptions.defaults());
    return sim.run();
  }

  /**
   * The depot: two buses, two 150 kW chargers, a 120 kW site, 12 hours.
   *
   * @return the scenario
   */
  public static Scenario scenario() {
    long h = 3600;
    VehicleType bus =
        new VehicleType(
            "bus",
            350,
            ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40}),
            1.1,
            22);
    Scenario scenario =
        Scenario.builder()
            .name("quick-start")
            .durationSeconds(12 * h)
            .site(Site.ofLimit(120))
            .tariff(Tariff.flat(0.25, 10))
            .charger(new Charger("C1", 150, 10, 0.95, 1, CurrentType.DC))
            .charger(new Charger("C2", 150, 10, 0.95, 1, CurrentType.DC))
            .vehicleType(bus)
            .vehicle(
                new Vehicle("B1", "bus", 0.3, 0, List.of(new Block(6 * h, 11 * h, 150, 0, 0.9))))
            .vehicle(
                new Vehicle("B2", "bus", 0.5, 0, List.of(new Block(8 * h, 11 * h, 100, 0, 0.9))))
            .build();
    return scenario;
  }

  /**
   * Runs the example and logs the KPI summary.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LOG.info("\n{}", run().kpis().summary());
  }
}
