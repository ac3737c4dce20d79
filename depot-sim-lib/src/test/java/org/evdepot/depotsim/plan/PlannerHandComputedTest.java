package org.evdepot.depotsim.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evdepot.depotsim.testsupport.Depots.chargers;
import static org.evdepot.depotsim.testsupport.Depots.connected;
import static org.evdepot.depotsim.testsupport.Depots.state;

import java.util.List;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Small depots whose plans are computed by hand; one-hour slots and efficiency 1. */
class PlannerHandComputedTest {
  private static final int H = 3600;

  private static ConnectedVehicle vehicle(
      String id, int charger, double kwh, long dep, double target, int prio, long plugged) {
    return new ConnectedVehicle(
        id,
        charger,
        0,
        kwh,
        ChargingCurve.constant(500),
        Double.POSITIVE_INFINITY,
        dep,
        target,
        prio,
        plugged);
  }

  @Test
  void uncontrolled_firstPluggedTakesFullPower_andChargesToFull() {
    DepotState st =
        state(
            4,
            H,
            100,
            0.2,
            chargers(2, 80, 0),
            List.of(
                vehicle("A", 0, 100, 10 * H, 0.5, 0, 0), vehicle("B", 1, 100, 10 * H, 0.5, 0, 10)));
    Plan p = Checks.plan(Strategy.UNCONTROLLED.planner(), st);
    assertThat(p.powerKw(0, 0)).isEqualTo(80);
    assertThat(p.powerKw(1, 0)).isEqualTo(20);
    // A needs 20 kWh more to be full, B gets the other 80.
    assertThat(p.powerKw(0, 1)).isCloseTo(20, within(1e-9));
    assertThat(p.powerKw(1, 1)).isCloseTo(80, within(1e-9));
  }

  @Test
  void balanced_sharesHeadroomEqually_andStopsAtTarget() {
    DepotState st =
        state(
            3,
            H,
            100,
            0.2,
            chargers(2, 80, 0),
            List.of(
                vehicle("A", 0, 100, 10 * H, 0.5, 0, 0), vehicle("B", 1, 100, 10 * H, 0.5, 0, 10)));
    Plan p = Checks.plan(Strategy.BALANCED.planner(), st);
    assertThat(p.powerKw(0, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(1, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(0, 1)).isZero();
    assertThat(p.shortfalls()).isEmpty();
  }

  @Test
  void balanced_chargerMinimum_dropsTheLastPluggedRatherThanGoBelowIt() {
    DepotState st =
        state(
            1,
            H,
            100,
            0.2,
            chargers(3, 80, 40),
            List.of(
                vehicle("A", 0, 100, 10 * H, 1, 0, 0),
                vehicle("B", 1, 100, 10 * H, 1, 0, 5),
                vehicle("C", 2, 100, 10 * H, 1, 0, 9)));
    Plan p = Checks.plan(Strategy.BALANCED.planner(), st);
    assertThat(p.powerKw(0, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(1, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(2, 0)).isZero();
  }

  @Test
  void balanced_sharedCharger_splitsItsMaximum() {
    // Two EVSEs on one 60 kW charger, one on its own 80 kW charger, 150 kW site.
    DepotState st =
        state(
            1,
            H,
            150,
            0.2,
            List.of(
                new ChargerState("shared", 60, 0, 1, true),
                new ChargerState("solo", 80, 0, 1, true)),
            List.of(
                vehicle("A", 0, 100, 10 * H, 1, 0, 0),
                vehicle("B", 0, 100, 10 * H, 1, 0, 1),
                vehicle("C", 1, 100, 10 * H, 1, 0, 2)));
    Plan p = Checks.plan(Strategy.BALANCED.planner(), st);
    assertThat(p.powerKw(0, 0)).isCloseTo(30, within(1e-6));
    assertThat(p.powerKw(1, 0)).isCloseTo(30, within(1e-6));
    assertThat(p.powerKw(2, 0)).isCloseTo(80, within(1e-6));
  }

  @Test
  void edf_servesEarliestDepartureFirst() {
    DepotState st =
        state(
            6,
            H,
            100,
            0.2,
            chargers(2, 80, 0),
            List.of(
                vehicle("late", 0, 100, 5 * H, 0.8, 0, 0),
                vehicle("early", 1, 100, 2 * H, 0.8, 0, 9)));
    Plan p = Checks.plan(Strategy.EDF.planner(), st);
    assertThat(p.powerKw(1, 0)).isEqualTo(80);
    assertThat(p.powerKw(0, 0)).isEqualTo(20);
    assertThat(p.powerKw(1, 1)).isZero();
    assertThat(p.powerKw(0, 1)).isCloseTo(60, within(1e-9));
    assertThat(p.shortfalls()).isEmpty();
  }

  @Test
  void llf_servesLeastLaxityFirst_whereEdfWouldNot() {
    // A: leaves in 3 h needing 40 kWh at 80 kW -> laxity 2.5 h. B: leaves in 5 h needing 300 kWh
    // -> laxity 1.25 h. LLF serves B; EDF would serve A.
    ConnectedVehicle a = vehicle("A", 0, 100, 3 * H, 0.4, 0, 0);
    ConnectedVehicle b = vehicle("B", 1, 400, 5 * H, 0.75, 0, 1);
    DepotState st = state(5, H, 100, 0.2, chargers(2, 80, 0), List.of(a, b));
    Plan llf = Checks.plan(Strategy.LLF.planner(), st);
    assertThat(llf.powerKw(1, 0)).isEqualTo(80);
    assertThat(llf.powerKw(0, 0)).isEqualTo(20);
    Plan edf = Checks.plan(Strategy.EDF.planner(), st);
    assertThat(edf.powerKw(0, 0)).isEqualTo(40);
    assertThat(edf.powerKw(1, 0)).isEqualTo(60);
  }

  @Test
  void llf_laxitiesWithinASecondTie_soARoundingErrorInTheSocSwapsNothing() {
    // A and B are identical on one 100 kW charger: equal laxity, so A (listed first) charges. B's
    // SoC lower by 1e-9 (a rounding error) changes its laxity by microseconds: still a tie, still
    // A.
    // B 1 % lower: B needs 720 s more, so B has the least laxity and charges first.
    for (double lower : new double[] {0, 1e-9, 0.01}) {
      DepotState st =
          state(
              4,
              H,
              1000,
              0.1,
              chargers(1, 100, 0),
              List.of(
                  connected("A", 0, 0.5, 200, 500, 4 * H, 1.0),
                  connected("B", 0, 0.5 - lower, 200, 500, 4 * H, 1.0)));
      Plan p = Checks.plan(Strategy.LLF.planner(), st);
      String first = lower < 0.01 ? "A" : "B";
      assertThat(p.powerKw(first.equals("A") ? 0 : 1, 0)).as("lower by " + lower).isEqualTo(100);
      assertThat(p.powerKw(first.equals("A") ? 1 : 0, 0)).as("lower by " + lower).isZero();
    }
  }

  @Test
  void priority_comesBeforeTheStrategysOrder() {
    DepotState st =
        state(
            2,
            H,
            50,
            0.2,
            chargers(2, 80, 0),
            List.of(
                vehicle("early", 0, 100, 2 * H, 1, 0, 0), vehicle("vip", 1, 100, 5 * H, 1, 1, 1)));
    for (Strategy s :
        List.of(Strategy.EDF, Strategy.LLF, Strategy.UNCONTROLLED, Strategy.BALANCED)) {
      Plan p = Checks.plan(s.planner(), st);
      assertThat(p.powerKw(1, 0)).as(s.name()).isCloseTo(50, within(1e-6));
      assertThat(p.powerKw(0, 0)).as(s.name()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"BALANCED", "EDF", "LLF", "OPTIMISED"})
  void infeasibleTarget_isReportedWithTheMissingEnergy(Strategy s) {
    // 30 kW for 2 h gives 60 of the 100 kWh needed.
    DepotState st =
        state(
            4, H, 30, 0.2, chargers(1, 80, 0), List.of(connected("A", 0, 0, 100, 500, 2 * H, 1.0)));
    Plan p = Checks.plan(s.planner(), st);
    assertThat(p.shortfalls()).hasSize(1);
    Shortfall f = p.shortfalls().get(0);
    assertThat(f.vehicleId()).isEqualTo("A");
    assertThat(f.projectedSoc()).isCloseTo(0.6, within(1e-6));
    assertThat(f.missingKwh()).isCloseTo(40, within(1e-4));
  }

  private static DepotState priced(
      double[] price, double dc, double limit, List<ConnectedVehicle> v) {
    int n = price.length;
    double[] lim = new double[n];
    java.util.Arrays.fill(lim, limit);
    return new DepotState(
        0, H, lim, new double[n], new double[n], price, dc, 0, chargers(v.size(), 80, 0), v);
  }

  @Test
  void optimised_withoutDemandCharge_chargesInTheCheapestSlots() {
    DepotState st =
        priced(
            new double[] {0.3, 0.3, 0.1, 0.1},
            0,
            100,
            List.of(connected("A", 0, 0, 100, 500, 4 * H, 0.5)));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    assertThat(p.powerKw(0, 0)).isZero();
    assertThat(p.powerKw(0, 1)).isZero();
    assertThat(p.powerKw(0, 2) + p.powerKw(0, 3)).isCloseTo(50, within(1e-6));
    assertThat(p.projectedSoc(0)).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void optimised_withDemandCharge_flattensToTheLowestPeak() {
    // 80 kWh over 4 equal-price hours: the lowest peak is 20 kW every hour.
    DepotState st =
        priced(
            new double[] {0.1, 0.1, 0.1, 0.1},
            10,
            100,
            List.of(connected("A", 0, 0, 100, 500, 4 * H, 0.8)));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    for (int k = 0; k < 4; k++) {
      assertThat(p.powerKw(0, k)).isCloseTo(20, within(1e-2));
    }
    assertThat(p.shortfalls()).isEmpty();
  }

  @Test
  void optimised_priorityDecidesOnlyWhenNotEveryTargetCanBeMet() {
    // Limit 100 kW, two flat-price hours, 80 kW chargers. L (priority 0) needs 80 kWh by 1 h, H
    // (priority 1) 80 kWh by 2 h: L in hour 0 and H in hour 1 meets both, so nobody may miss.
    DepotState both =
        priced(
            new double[] {0.1, 0.1},
            0,
            100,
            List.of(vehicle("L", 0, 80, H, 1, 0, 0), vehicle("H", 1, 80, 2 * H, 1, 1, 0)));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), both);
    assertThat(p.shortfalls()).isEmpty();
    assertThat(p.powerKw(0, 0)).isCloseTo(80, within(1e-6));
    assertThat(p.powerKw(1, 0) + p.powerKw(1, 1)).isCloseTo(80, within(1e-6));
    // H leaving at 1 h as well: not both can be met, so H (priority 1) takes 80 kW and L the rest.
    DepotState one =
        priced(
            new double[] {0.1, 0.1},
            0,
            100,
            List.of(vehicle("L", 0, 80, H, 1, 0, 0), vehicle("H", 1, 80, H, 1, 1, 0)));
    Plan q = Checks.plan(Strategy.OPTIMISED.planner(), one);
    assertThat(q.powerKw(1, 0)).isCloseTo(80, within(1e-6));
    assertThat(q.powerKw(0, 0)).isCloseTo(20, within(1e-6));
    assertThat(q.shortfalls()).extracting(Shortfall::vehicleId).containsExactly("L");
    assertThat(q.shortfalls().get(0).missingKwh()).isCloseTo(60, within(1e-6));
  }

  @Test
  void optimised_pricesWithinTheTolerance_areOneTier_soATinyPriceChangeMovesNothing() {
    // 80 kWh over 4 hours, no demand charge. Equal prices: spread evenly, 20 kW every hour. Hour 2
    // cheaper by 1e-9 (a rounding error): the same plan, not 80 kW crowded into hour 2. Hour 2
    // cheaper by 1 %: a real difference, so the 80 kW charger fills hour 2 alone.
    List<ConnectedVehicle> a = List.of(connected("A", 0, 0, 100, 500, 4 * H, 0.8));
    Plan equal =
        Checks.plan(
            Strategy.OPTIMISED.planner(), priced(new double[] {0.1, 0.1, 0.1, 0.1}, 0, 100, a));
    Plan tiny =
        Checks.plan(
            Strategy.OPTIMISED.planner(),
            priced(new double[] {0.1, 0.1, 0.1 - 1e-9, 0.1}, 0, 100, a));
    Plan real =
        Checks.plan(
            Strategy.OPTIMISED.planner(), priced(new double[] {0.1, 0.1, 0.099, 0.1}, 0, 100, a));
    for (int k = 0; k < 4; k++) {
      assertThat(equal.powerKw(0, k)).as("equal, hour " + k).isCloseTo(20, within(1e-6));
      assertThat(tiny.powerKw(0, k)).as("tiny, hour " + k).isEqualTo(equal.powerKw(0, k));
      assertThat(real.powerKw(0, k)).as("real, hour " + k).isCloseTo(k == 2 ? 80 : 0, within(1e-6));
    }
  }

  @Test
  void optimised_twoVehicles_meetBothTargetsAtTheLowestCombinedPeak() {
    // A needs 60 kWh by hour 2, B 60 kWh by hour 4: lowest peak 30 kW all four hours.
    DepotState st =
        priced(
            new double[] {0.1, 0.1, 0.1, 0.1},
            10,
            200,
            List.of(
                connected("A", 0, 0, 100, 500, 2 * H, 0.6),
                connected("B", 1, 0, 100, 500, 4 * H, 0.6)));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    for (int k = 0; k < 4; k++) {
      assertThat(p.totalKw(k)).as("slot " + k).isCloseTo(30, within(1e-2));
    }
    assertThat(p.shortfalls()).isEmpty();
  }

  /**
   * Site 100 kW, price 0.3 in hour 0 and 0.1 in hours 1-3, two 100 kW chargers. A (connected) needs
   * 150 kWh by hour 4; B (priority 1) plugs in at hour 2 needing 200 kWh by hour 4, which takes the
   * whole site in hours 2 and 3.
   */
  private static DepotState forecastDepot(long now, int slots, List<ConnectedVehicle> v) {
    double[] price = new double[slots];
    double[] lim = new double[slots];
    for (int k = 0; k < slots; k++) {
      price[k] = now + (long) k * H < H ? 0.3 : 0.1;
      lim[k] = 100;
    }
    return new DepotState(
        now, H, lim, new double[slots], new double[slots], price, 0, 0, chargers(2, 100, 0), v);
  }

  private static final ExpectedArrival B_AT_2H = expectedB(2 * H, 1, 4 * H);

  /** A's energy in hours 0 and 1 of a plan, then the plan of hour 2 with B plugged in. */
  private static Plan replanAtHour2(Plan first) {
    double soc = (first.powerKw(0, 0) + first.powerKw(0, 1)) / 300;
    return Checks.plan(
        Strategy.OPTIMISED.planner(),
        forecastDepot(
            2 * H,
            2,
            List.of(
                new ConnectedVehicle(
                    "A",
                    0,
                    soc,
                    300,
                    ChargingCurve.constant(500),
                    Double.POSITIVE_INFINITY,
                    4 * H,
                    0.5,
                    0,
                    0),
                vehicle("B", 1, 200, 4 * H, 1.0, 1, 2 * H))));
  }

  /** Bus B expected at arrival on charger (or UNKNOWN_CHARGER), empty, 200 kWh, priority 1. */
  private static ExpectedArrival expectedB(long arrival, int charger, long departure) {
    return new ExpectedArrival(
        "B",
        arrival,
        charger,
        0,
        200,
        ChargingCurve.constant(500),
        Double.POSITIVE_INFINITY,
        departure,
        1.0,
        1);
  }

  @Test
  void optimised_withoutForecast_leavesNoRoomForALaterPriorityArrival() {
    DepotState st = forecastDepot(0, 4, List.of(vehicle("A", 0, 300, 4 * H, 0.5, 0, 0)));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    // A spreads its 150 kWh over the three cheap hours: 50 kW each.
    assertThat(p.powerKw(0, 0)).isZero();
    for (int k = 1; k < 4; k++) {
      assertThat(p.powerKw(0, k)).as("hour " + k).isCloseTo(50, within(1e-6));
    }
    // At hour 2, B (priority) takes hours 2 and 3: A has 50 of its 150 kWh, 100 kWh short.
    Plan later = replanAtHour2(p);
    assertThat(later.shortfalls()).hasSize(1);
    assertThat(later.shortfalls().get(0).vehicleId()).isEqualTo("A");
    assertThat(later.shortfalls().get(0).missingKwh()).isCloseTo(100, within(1e-6));
  }

  @Test
  void optimised_withForecast_keepsRoomForTheExpectedArrival() {
    DepotState st =
        forecastDepot(0, 4, List.of(vehicle("A", 0, 300, 4 * H, 0.5, 0, 0)))
            .withExpectedArrivals(List.of(B_AT_2H));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    // B gets hours 2 and 3 at 100 kW; A takes the rest of the cheap room (hour 1, 100 kWh) and
    // its last 50 kWh in the dear hour 0. Only A is in the plan.
    assertThat(p.vehicleIds()).containsExactly("A");
    assertThat(p.powerKw(0, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(0, 1)).isCloseTo(100, within(1e-6));
    assertThat(p.powerKw(0, 2)).isZero();
    assertThat(p.powerKw(0, 3)).isZero();
    assertThat(p.projectedSoc(0)).isCloseTo(0.5, within(1e-9));
    assertThat(p.shortfalls()).isEmpty();
    // At hour 2 A is done and B gets its 200 kWh.
    Plan later = replanAtHour2(p);
    assertThat(later.shortfalls()).isEmpty();
    assertThat(later.powerKw(1, 0) + later.powerKw(1, 1)).isCloseTo(200, within(1e-6));
  }

  @Test
  void optimised_expectedArrivalOfUnknownCharger_getsTheWidestCharger() {
    // Only A's charger exists; B is assumed to get a 100 kW charger of its own, so the plan is the
    // one with B on charger 1.
    ExpectedArrival b = expectedB(2 * H, ExpectedArrival.UNKNOWN_CHARGER, 4 * H);
    double[] price = {0.3, 0.1, 0.1, 0.1};
    double[] lim = {100, 100, 100, 100};
    DepotState st =
        new DepotState(
                0,
                H,
                lim,
                new double[4],
                new double[4],
                price,
                0,
                0,
                chargers(1, 100, 0),
                List.of(vehicle("A", 0, 300, 4 * H, 0.5, 0, 0)))
            .withExpectedArrivals(List.of(b));
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    assertThat(p.powerKw(0, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(0, 1)).isCloseTo(100, within(1e-6));
    assertThat(p.powerKw(0, 2) + p.powerKw(0, 3)).isZero();
  }

  @Test
  void optimised_arrivalAfterTheHorizon_changesNothing() {
    DepotState st = forecastDepot(0, 4, List.of(vehicle("A", 0, 300, 4 * H, 0.5, 0, 0)));
    ExpectedArrival late = expectedB(4 * H, 1, 6 * H);
    Plan a = Strategy.OPTIMISED.planner().plan(st);
    Plan b = Strategy.OPTIMISED.planner().plan(st.withExpectedArrivals(List.of(late)));
    for (int k = 0; k < 4; k++) {
      assertThat(b.powerKw(0, k)).isEqualTo(a.powerKw(0, k));
    }
  }

  @Test
  void optimised_servesALaterDepartureFirst_whenTheDepartureOrderLeavesItShort() {
    // Site 100 kW, price 0.3 in hour 0 and 0.1 after. A needs 100 kWh by hour 2; B (50 kW
    // on-board) needs 200 kWh by hour 4, so 50 kW in every hour. Departure order lets A take the
    // cheap hour 1 whole and leaves B 50 kWh short (as EDF would); B first, A takes 50 in each of
    // hours 0 and 1 and both are met.
    ConnectedVehicle a = vehicle("A", 0, 100, 2 * H, 1.0, 0, 0);
    ConnectedVehicle b =
        new ConnectedVehicle("B", 1, 0, 200, ChargingCurve.constant(500), 50, 4 * H, 1.0, 0, 0);
    DepotState st =
        new DepotState(
            0,
            H,
            new double[] {100, 100, 100, 100},
            new double[4],
            new double[4],
            new double[] {0.3, 0.1, 0.1, 0.1},
            0,
            0,
            chargers(2, 100, 0),
            List.of(a, b));
    assertThat(Checks.plan(Strategy.EDF.planner(), st).shortfalls()).hasSize(1);
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    assertThat(p.shortfalls()).isEmpty();
    assertThat(p.powerKw(0, 0)).isCloseTo(50, within(1e-6));
    assertThat(p.powerKw(0, 1)).isCloseTo(50, within(1e-6));
    for (int k = 0; k < 4; k++) {
      assertThat(p.powerKw(1, k)).as("B hour " + k).isCloseTo(50, within(1e-6));
    }
  }

  @Test
  void expectedArrival_rejectsInconsistentValues() {
    ChargingCurve c = ChargingCurve.constant(50);
    double inf = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> new ExpectedArrival("X", 10, 0, 0.5, 100, c, inf, 10, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("departure must be after its arrival");
    assertThatThrownBy(() -> new ExpectedArrival("X", 0, -2, 0.5, 100, c, inf, 10, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("charger");
    assertThatThrownBy(() -> new ExpectedArrival("X", 0, 0, 1.5, 100, c, inf, 10, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("soc");
    assertThatThrownBy(() -> new ExpectedArrival("X", 0, 0, 0.5, 0, c, inf, 10, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityKwh");
    assertThatThrownBy(() -> new ExpectedArrival("X", 0, 0, 0.5, 100, null, inf, 10, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("curve");
    DepotState st = forecastDepot(0, 4, List.of());
    ExpectedArrival onCharger5 = new ExpectedArrival("X", 0, 5, 0.5, 100, c, inf, 10, 0.9, 0);
    assertThatThrownBy(() -> st.withExpectedArrivals(List.of(onCharger5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("charger index out of range");
    assertThat(st.expectedArrivals()).isEmpty();
  }

  @Test
  void withFleetKeepsSiteAndTariffAndReplacesChargersVehiclesAndForecast() {
    ChargingCurve c = ChargingCurve.constant(500);
    double inf = Double.POSITIVE_INFINITY;
    DepotState st =
        forecastDepot(0, 4, List.of())
            .withExpectedArrivals(
                List.of(new ExpectedArrival("X", 0, 0, 0.5, 100, c, inf, 10, 0.9, 0)));
    ConnectedVehicle v = new ConnectedVehicle("V", 2, 0.2, 100, c, inf, 4 * H, 0.9, 0, 0);
    List<ChargerState> three = chargers(3, 50, 5);
    DepotState other = st.withFleet(three, List.of(v));
    assertThat(other.chargers()).isEqualTo(three);
    assertThat(other.vehicles()).containsExactly(v);
    assertThat(other.expectedArrivals()).isEmpty();
    assertThat(other.slots()).isEqualTo(4);
    for (int k = 0; k < 4; k++) {
      assertThat(other.gridLimitKw(k)).isEqualTo(st.gridLimitKw(k));
      assertThat(other.pricePerKwh(k)).isEqualTo(st.pricePerKwh(k));
    }
    assertThat(st.vehicles()).isEmpty();
    assertThat(st.expectedArrivals()).hasSize(1);
    assertThatThrownBy(() -> st.withFleet(st.chargers(), List.of(v)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("charger index out of range");
  }
}
