package org.evdepot.depotsim.sim;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.evdepot.depotsim.internal.ChargeMath;
import org.evdepot.depotsim.internal.DirectPlanning;
import org.evdepot.depotsim.model.Action;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.StationaryBattery;
import org.evdepot.depotsim.model.TimedAction;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.ExpectedArrival;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;

/**
 * A discrete-event simulation of a depot.
 *
 * <p>Events: departures, returns (with seeded random delay and energy use), plug-ins (after the
 * depot rule's delay, into the first free EVSE, else a first-come queue), unplugs, charger faults
 * and recoveries, limit and target changes, timed agent actions, and the planner at every control
 * interval (and, if {@link RunOptions#replanOnEvents()}, on every arrival, plug-in and departure).
 * Between events setpoints are constant and each SoC is integrated exactly over the piecewise
 * charging curve, so the result does not depend on any step size. The engine applies the plan's
 * slot in force; a one-slot horizon is asked of myopic planners.
 *
 * <p>Planners that are not myopic also get a forecast ({@link DepotState#expectedArrivals()}) built
 * from the timetable: each vehicle that is away plugs in at its block's planned return plus the
 * depot rule's plug-in delay (the random delay is not known; a vehicle already late is expected now
 * plus the plug-in delay) with the SoC its block's planned energy use leaves, then leaves on its
 * next block that departs after that; a vehicle at the depot waiting to plug in is expected at its
 * plug-in time (now if it waits for a free EVSE). The EVSEs are handed out as the simulator would:
 * in arrival order, each vehicle gets the lowest EVSE free at its arrival (an EVSE in use frees up
 * at its vehicle's departure, a faulted one not within the forecast); one that finds none waits for
 * the first to free up and is expected then, or not at all if none frees up within the horizon.
 * Only arrivals inside the horizon that need energy before a later departure are listed.
 *
 * <p>Use {@link #run()} for a batch run, or the step API: {@link #observe()}, {@link #act(Action)},
 * {@link #step(long)}. Not thread-safe. Same scenario, planner and seed give the same result to the
 * bit.
 */
public final class Simulation {
  /** A departure counts as missed when more than this much battery energy is missing. */
  static final double MISS_KWH = 0.01;

  private static final int DRIVING = 0;
  private static final int PARKED = 1;
  private static final int PLUGGED = 2;

  private static final int EV_DEPART = 0;
  private static final int EV_RETURN = 1;
  private static final int EV_PLUGIN = 2;
  private static final int EV_CONTROL = 3;
  private static final int EV_ACTION = 4;

  private final Scenario sc;
  private final Planner planner;
  private final String label;
  private final RunOptions opt;
  private final List<SimulationListener> listeners = new ArrayList<>();
  private final InvariantChecker checker;

  private final int nv;
  private final int nc;
  private final Vehicle[] vehicles;
  private final VehicleType[] types;
  private final double[] cap;
  private final double[] soc;
  private final int[] status;
  private final int[] evseOf;
  private final long[] pluggedAt;
  private final int[] nextBlock;
  private final double[] targetOverride;
  private final int[] priority;
  private final long[] extraDelay;
  private final boolean[] manualUnplug;
  private final boolean[] pluginPending;
  private final long[] pluginAt;
  private final SplittableRandom[] rng;
  private final Map<String, Integer> vehicleIndex = new HashMap<>();
  private final Map<String, Integer> chargerIndex = new HashMap<>();

  private final Charger[] chargers;
  private final int[] evseCharger;
  private final int[] evseVehicle;
  private final boolean[] fault;
  private final double[] vehicleMaxGrid;

  private final double[] setpoint;
  private final ArrayDeque<Integer> waiting = new ArrayDeque<>();
  private final PriorityQueue<Ev> queue = new PriorityQueue<>();
  private long seq;

  private Plan plan;
  private long planStart;
  private int planSlotSeconds;
  private int planSlots;
  // Direct one-slot planning of the built-in myopic planners (no records, see DirectPlanning).
  private final boolean direct;
  private double[] directPower;
  private DirectBuffers buf;
  private List<ChargerState> chargerStates;
  private boolean faultsChanged;
  private int[] planRow;
  private int planSlot = -1;
  private long now;
  private final long end;
  // Whether the departures missed by vehicles still away at the end have been recorded.
  private boolean settled;
  private double limitOverride = Double.NaN;
  private double batteryKwh;

  // Segment buffers (also the listener view).
  private final double[] segS0;
  private final double[] segS1;
  private final double[] segP0;
  private final double[] segP1;
  private final double[] segE;
  private final double[] segSp;
  private final long[] segStamp;
  private long segNo;
  private final int[] active;
  // Per vehicle, the arguments and result of its last end-of-segment power (see segment()).
  private final int[] memoCharger;
  private final double[] memoSoc;
  private final double[] memoSp;
  private final double[] memoMaxGrid;
  private final double[] memoPower;
  private int activeCount;
  private double[] sampleSoc;
  private final SegmentView view = new SegmentView();

  // KPI accumulators.
  private final long[] monthStarts;
  private final double[] monthPeaks;
  private int month;
  private double gridEnergy;
  private double evseEnergy;
  private double batteryEnergy;
  private double energyCost;
  private double stranded;
  private long plannerRuns;
  private final double[] chargerEnergy;
  private final List<DepartureRecord> departures = new ArrayList<>();
  private final SeriesTable series;
  private long nextSample;
  private final double[] sampleCharger;

  private Simulation(Scenario sc, Planner planner, String label, RunOptions opt) {
    this.sc = sc;
    this.planner = planner;
    this.label = label;
    this.opt = opt;
    this.checker = opt.checkInvariants() ? new InvariantChecker() : null;
    this.direct = planner.myopic() && DirectPlanning.supports(planner);
    if (checker != null) {
      listeners.add(checker);
    }
    end = sc.durationSeconds();
    nv = sc.vehicles().size();
    nc = sc.chargers().size();
    vehicles = sc.vehicles().toArray(new Vehicle[0]);
    types = new VehicleType[nv];
    cap = new double[nv];
    soc = new double[nv];
    status = new int[nv];
    evseOf = new int[nv];
    pluggedAt = new long[nv];
    nextBlock = new int[nv];
    targetOverride = new double[nv];
    priority = new int[nv];
    extraDelay = new long[nv];
    manualUnplug = new boolean[nv];
    pluginPending = new boolean[nv];
    pluginAt = new long[nv];
    rng = new SplittableRandom[nv];
    vehicleMaxGrid = new double[nv];
    setpoint = new double[nv];
    segS0 = new double[nv];
    segS1 = new double[nv];
    segP0 = new double[nv];
    segP1 = new double[nv];
    segE = new double[nv];
    segSp = new double[nv];
    segStamp = new long[nv];
    Arrays.fill(segStamp, -1);
    active = new int[nv];
    memoCharger = new int[nv];
    Arrays.fill(memoCharger, -1);
    memoSoc = new double[nv];
    memoSp = new double[nv];
    memoMaxGrid = new double[nv];
    memoPower = new double[nv];
    SplittableRandom root = new SplittableRandom(sc.randomness().seed());
    for (int v = 0; v < nv; v++) {
      Vehicle veh = vehicles[v];
      types[v] = sc.typeOf(veh);
      cap[v] = types[v].usableKwh();
      soc[v] = veh.initialSoc();
      status[v] = PARKED;
      evseOf[v] = -1;
      targetOverride[v] = Double.NaN;
      priority[v] = veh.priority();
      rng[v] = root.split();
      vehicleIndex.put(veh.id(), v);
    }
    chargers = sc.chargers().toArray(new Charger[0]);
    int ne = 0;
    for (Charger c : chargers) {
      ne += c.evses();
    }
    evseCharger = new int[ne];
    evseVehicle = new int[ne];
    Arrays.fill(evseVehicle, -1);
    int e = 0;
    for (int c = 0; c < nc; c++) {
      chargerIndex.put(chargers[c].id(), c);
      for (int j = 0; j < chargers[c].evses(); j++) {
        evseCharger[e++] = c;
      }
    }
    fault = new boolean[nc];
    chargerEnergy = new double[nc];
    sampleCharger = new double[nc];
    batteryKwh = sc.site().battery().capacityKwh() * sc.site().battery().initialSoc();
    monthStarts = monthStarts(sc.start(), end);
    monthPeaks = new double[monthStarts.length];
    series =
        opt.seriesIntervalSeconds() > 0
            ? new SeriesTable(
                sc.chargers().stream().map(Charger::id).toList(),
                sc.vehicles().stream().map(Vehicle::id).toList())
            : null;
    nextSample = series != null ? 0 : Long.MAX_VALUE;
    init();
  }

  /**
   * Starts a simulation at time 0.
   *
   * @param scenario the scenario
   * @param planner the planner
   * @param label the planner's name in the KPIs
   * @param options run options
   * @return the simulation, at time 0 with the first plan made
   */
  public static Simulation start(
      Scenario scenario, Planner planner, String label, RunOptions options) {
    return new Simulation(scenario, planner, label, options);
  }

  /**
   * Adds a listener (call before stepping; segments already run are not replayed).
   *
   * @param l the listener
   */
  public void addListener(SimulationListener l) {
    listeners.add(l);
  }

  private static long[] monthStarts(Instant start, long duration) {
    List<Long> out = new ArrayList<>();
    out.add(0L);
    ZonedDateTime z = start.atZone(ZoneOffset.UTC);
    YearMonth ym = YearMonth.from(z).plusMonths(1);
    while (true) {
      long t = ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - start.getEpochSecond();
      if (t >= duration) {
        break;
      }
      out.add(t);
      ym = ym.plusMonths(1);
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private void init() {
    for (int v = 0; v < nv; v++) {
      tryPlug(v);
      scheduleNextDeparture(v);
    }
    for (TimedAction a : sc.actions()) {
      push(a.at(), EV_ACTION, -1, a.action());
    }
    push(sc.controlIntervalSeconds(), EV_CONTROL, -1, null);
    replan();
  }

  private void push(long t, int type, int v, Action a) {
    if (t < end) {
      queue.add(new Ev(t, seq++, type, v, a));
    }
  }

  /**
   * The current time.
   *
   * @return seconds since the scenario start
   */
  public long now() {
    return now;
  }

  /**
   * Whether the run reached its end.
   *
   * @return true at the end
   */
  public boolean finished() {
    return now >= end;
  }

  /**
   * Advances the simulation by up to {@code seconds} (never past the end), processing every event
   * on the way.
   *
   * @param seconds how far to go, > 0
   */
  public void step(long seconds) {
    if (seconds <= 0) {
      throw new IllegalArgumentException("step seconds must be > 0: " + seconds);
    }
    advance(Math.min(end, now + seconds));
  }

  /**
   * Runs to the end and returns the result.
   *
   * @return the result
   */
  public SimulationResult run() {
    advance(end);
    return result();
  }

  /**
   * Applies an action now and replans. An action naming an unknown vehicle or charger is rejected
   * before anything changes; the action records reject invalid values when they are constructed.
   *
   * @param a the action, not null
   * @throws IllegalArgumentException if {@code a} is null or names an unknown vehicle or charger
   */
  public void act(Action a) {
    if (a == null) {
      throw new IllegalArgumentException("action must not be null");
    }
    apply(a);
    replan();
  }

  private void advance(long until) {
    while (true) {
      Ev e = queue.peek();
      long next = e == null ? end : Math.min(e.time, end);
      if (next > until) {
        integrate(until);
        return;
      }
      integrate(next);
      if (now >= end) {
        settleAtEnd();
        return;
      }
      boolean replan = false;
      while (!queue.isEmpty() && queue.peek().time == now) {
        replan |= handle(queue.poll());
      }
      if (replan) {
        replan();
      }
      if (now >= until) {
        return;
      }
    }
  }

  private boolean handle(Ev e) {
    int v = e.vehicle;
    switch (e.type) {
      case EV_DEPART:
        depart(v);
        return opt.replanOnEvents();
      case EV_RETURN:
        arrive(v);
        return false;
      case EV_PLUGIN:
        pluginPending[v] = false;
        if (extraDelay[v] > 0) {
          pluginPending[v] = true;
          pluginAt[v] = now + extraDelay[v];
          push(pluginAt[v], EV_PLUGIN, v, null);
          extraDelay[v] = 0;
          return false;
        }
        if (status[v] == PARKED && !manualUnplug[v]) {
          tryPlug(v);
        }
        return opt.replanOnEvents();
      case EV_CONTROL:
        push(now + sc.controlIntervalSeconds(), EV_CONTROL, -1, null);
        return true;
      default:
        apply(e.action);
        return true;
    }
  }

  private int vehicle(String id) {
    Integer v = vehicleIndex.get(id);
    if (v == null) {
      throw new IllegalArgumentException("unknown vehicle: " + id);
    }
    return v;
  }

  private int charger(String id) {
    Integer c = chargerIndex.get(id);
    if (c == null) {
      throw new IllegalArgumentException("unknown charger: " + id);
    }
    return c;
  }

  private void apply(Action a) {
    if (a instanceof Action.PlugIn p) {
      int v = vehicle(p.vehicleId());
      manualUnplug[v] = false;
      if (status[v] == PARKED && !waiting.contains(v)) {
        tryPlug(v);
      }
    } else if (a instanceof Action.Unplug u) {
      int v = vehicle(u.vehicleId());
      if (status[v] != DRIVING) {
        manualUnplug[v] = true;
        waiting.remove(v);
        if (status[v] == PLUGGED) {
          unplug(v);
        }
      }
    } else if (a instanceof Action.DelayPlugIn d) {
      int v = vehicle(d.vehicleId());
      extraDelay[v] += d.seconds();
    } else if (a instanceof Action.ChargerFault f) {
      fault[charger(f.chargerId())] = true;
      faultsChanged = true;
    } else if (a instanceof Action.ChargerRecovery r) {
      fault[charger(r.chargerId())] = false;
      faultsChanged = true;
      // Its EVSEs are free again (or still hold the vehicles that stayed plugged through the
      // fault).
      serveQueue();
    } else if (a instanceof Action.SetSiteLimit l) {
      limitOverride = l.kw() < 0 ? Double.NaN : l.kw();
    } else if (a instanceof Action.SetTarget t) {
      targetOverride[vehicle(t.vehicleId())] = t.soc();
    } else if (a instanceof Action.SetPriority p) {
      priority[vehicle(p.vehicleId())] = p.priority();
    }
  }

  /** The first free EVSE of a working charger (chargers in scenario order), or -1. */
  private int freeEvse() {
    int ne = evseVehicle.length;
    for (int e = 0; e < ne; e++) {
      if (evseVehicle[e] < 0 && !fault[evseCharger[e]]) {
        return e;
      }
    }
    return -1;
  }

  private void tryPlug(int v) {
    int e = freeEvse();
    if (e >= 0) {
      evseVehicle[e] = v;
      evseOf[v] = e;
      vehicleMaxGrid[v] =
          chargers[evseCharger[e]].type() == CurrentType.AC
              ? types[v].onboardAcKw()
              : Double.POSITIVE_INFINITY;
      status[v] = PLUGGED;
      pluggedAt[v] = now;
      setpoint[v] = 0;
      return;
    }
    status[v] = PARKED;
    if (!waiting.contains(v)) {
      waiting.add(v);
    }
  }

  private void unplug(int v) {
    int e = evseOf[v];
    evseVehicle[e] = -1;
    evseOf[v] = -1;
    setpoint[v] = 0;
    status[v] = PARKED;
    serveQueue();
  }

  /**
   * Plugs waiting vehicles, first come first served, into the free EVSEs of working chargers, after
   * any event that frees or restores an EVSE. The queue holds only vehicles whose plug-in time (the
   * depot rule's delay and any extra delay) has passed, so they plug in at once. A vehicle is taken
   * from the queue only when an EVSE is free for it, so the queue keeps its order when the freed
   * EVSE belongs to a faulted charger.
   */
  private void serveQueue() {
    while (!waiting.isEmpty() && freeEvse() >= 0) {
      int w = waiting.poll();
      if (status[w] == PARKED && !manualUnplug[w]) {
        tryPlug(w);
      }
    }
  }

  private double target(int v) {
    if (!Double.isNaN(targetOverride[v])) {
      return targetOverride[v];
    }
    int b = nextBlock[v];
    List<Block> blocks = vehicles[v].blocks();
    return b < blocks.size() ? blocks.get(b).requiredSoc() : 0;
  }

  private long nextDeparture(int v) {
    int b = nextBlock[v];
    List<Block> blocks = vehicles[v].blocks();
    return b < blocks.size() ? blocks.get(b).departure() : Long.MAX_VALUE;
  }

  /** Skips blocks whose departure passed while the vehicle was away, then schedules the next. */
  private void scheduleNextDeparture(int v) {
    List<Block> blocks = vehicles[v].blocks();
    while (nextBlock[v] < blocks.size() && blocks.get(nextBlock[v]).departure() < now) {
      Block b = blocks.get(nextBlock[v]);
      if (b.departure() >= 0) {
        record(v, b.departure(), b.requiredSoc(), true);
      }
      nextBlock[v]++;
      targetOverride[v] = Double.NaN;
    }
    if (nextBlock[v] < blocks.size()) {
      push(blocks.get(nextBlock[v]).departure(), EV_DEPART, v, null);
    }
  }

  /**
   * At the end of the run, records as missed and not returned every departure before the end that
   * fell due while its vehicle was still away (its return lies at or after the end, so {@link
   * #scheduleNextDeparture} never sees it). The shortfall is the full required energy, as for a
   * departure skipped by a vehicle that returns late within the run; the SoC recorded is the
   * vehicle's SoC when it left (the energy of a trip is taken on its return).
   */
  private void settleAtEnd() {
    if (settled) {
      return;
    }
    settled = true;
    for (int v = 0; v < nv; v++) {
      if (status[v] != DRIVING) {
        continue;
      }
      List<Block> blocks = vehicles[v].blocks();
      // nextBlock[v] is the block being driven, recorded when it departed.
      for (int b = nextBlock[v] + 1; b < blocks.size() && blocks.get(b).departure() < end; b++) {
        Block k = blocks.get(b);
        if (k.departure() >= 0) {
          record(v, k.departure(), k.requiredSoc(), true);
        }
      }
    }
  }

  private void record(int v, long time, double required, boolean notReturned) {
    double s = soc[v];
    double shortfall = notReturned ? required * cap[v] : Math.max(0, required - s) * cap[v];
    boolean missed = notReturned || shortfall > MISS_KWH;
    DepartureRecord r =
        new DepartureRecord(vehicles[v].id(), time, s, required, shortfall, missed, notReturned);
    departures.add(r);
    for (SimulationListener l : listeners) {
      l.onDeparture(r);
    }
  }

  private void depart(int v) {
    Block b = vehicles[v].blocks().get(nextBlock[v]);
    record(v, now, target(v), false);
    waiting.remove(v);
    if (status[v] == PLUGGED) {
      unplug(v);
    }
    status[v] = DRIVING;
    manualUnplug[v] = false;
    targetOverride[v] = Double.NaN;
    long delay = 0;
    double std = sc.randomness().arrivalDelayStdSeconds();
    if (std > 0) {
      delay = Math.round(Math.abs(gaussian(rng[v])) * std);
    }
    push(b.returnAt() + delay, EV_RETURN, v, null);
  }

  private void arrive(int v) {
    Block b = vehicles[v].blocks().get(nextBlock[v]);
    double used = b.energyFor(types[v]);
    double rel = sc.randomness().energyUseRelStd();
    if (rel > 0) {
      used *= Math.max(0, 1 + rel * gaussian(rng[v]));
    }
    double available = soc[v] * cap[v];
    double drawn = Math.min(used, available);
    stranded += used - drawn;
    soc[v] = used >= available ? 0 : (available - used) / cap[v];
    for (SimulationListener l : listeners) {
      l.onDrive(v, now, drawn);
    }
    status[v] = PARKED;
    nextBlock[v]++;
    pluginPending[v] = true;
    pluginAt[v] = now + sc.rule().plugInDelaySeconds();
    push(pluginAt[v], EV_PLUGIN, v, null);
    scheduleNextDeparture(v);
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller from two uniforms: portable across JDKs, unlike nextGaussian's algorithm.
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private double limitAt(long t) {
    return Double.isNaN(limitOverride) ? sc.site().gridLimitKw().valueAt(t) : limitOverride;
  }

  /** Per-vehicle and per-charger arrays for direct planning, reused by every replan. */
  private static final class DirectBuffers {
    final double[] soc;
    final double[] cap;
    final double[] eff;
    final double[] minKw;
    final double[] chMax;
    final double[] maxGrid;
    final long[] dep;
    final double[] target;
    final int[] prio;
    final long[] plugged;
    final int[] charger;
    final ChargingCurve[] curve;
    final boolean[] available;
    final double[] chargerMax;

    DirectBuffers(int nv, int nc) {
      soc = new double[nv];
      cap = new double[nv];
      eff = new double[nv];
      minKw = new double[nv];
      chMax = new double[nv];
      maxGrid = new double[nv];
      dep = new long[nv];
      target = new double[nv];
      prio = new int[nv];
      plugged = new long[nv];
      charger = new int[nv];
      curve = new ChargingCurve[nv];
      available = new boolean[nc];
      chargerMax = new double[nc];
    }
  }

  /**
   * The replan of a built-in myopic planner: the same one-slot state as {@link #replan()} builds,
   * as arrays, and the same first-slot powers (see DirectPlanning).
   */
  private void replanDirect() {
    plannerRuns++;
    int slotSec = (int) sc.controlIntervalSeconds();
    long t1 = now + slotSec;
    double lim = Double.isNaN(limitOverride) ? sc.site().gridLimitKw().min(now, t1) : limitOverride;
    double base = sc.site().baseLoadKw().max(now, t1);
    double pv = sc.site().pvKw().min(now, t1);
    double head = Math.max(0, lim - base + pv);
    if (buf == null) {
      buf = new DirectBuffers(nv, nc);
      planRow = new int[nv];
      directPower = new double[nv];
    }
    DirectBuffers b = buf;
    for (int c = 0; c < nc; c++) {
      b.available[c] = !fault[c];
      b.chargerMax[c] = chargers[c].maxKw();
    }
    int n = 0;
    for (int v = 0; v < nv; v++) {
      if (status[v] != PLUGGED) {
        planRow[v] = -1;
        continue;
      }
      int c = evseCharger[evseOf[v]];
      Charger ch = chargers[c];
      double maxGrid =
          ch.type() == CurrentType.AC ? types[v].onboardAcKw() : Double.POSITIVE_INFINITY;
      vehicleMaxGrid[v] = maxGrid;
      planRow[v] = n;
      b.soc[n] = soc[v];
      b.cap[n] = cap[v];
      b.eff[n] = ch.efficiency();
      b.minKw[n] = ch.minKw();
      b.chMax[n] = ch.maxKw();
      b.maxGrid[n] = maxGrid;
      b.dep[n] = nextDeparture(v);
      b.target[n] = target(v);
      b.prio[n] = priority[v];
      b.plugged[n] = pluggedAt[v];
      b.charger[n] = c;
      b.curve[n] = types[v].curve();
      n++;
    }
    DirectPlanning.firstSlot(
        planner,
        now,
        slotSec,
        head,
        n,
        b.soc,
        b.cap,
        b.eff,
        b.minKw,
        b.chMax,
        b.maxGrid,
        b.dep,
        b.target,
        b.prio,
        b.plugged,
        b.charger,
        b.curve,
        b.available,
        b.chargerMax,
        directPower);
    planStart = now;
    planSlotSeconds = slotSec;
    planSlots = n == 0 ? 0 : 1;
    planSlot = -1;
    applySlot();
  }

  private void replan() {
    if (direct) {
      replanDirect();
      return;
    }
    plannerRuns++;
    int slotSec = (int) sc.controlIntervalSeconds();
    int slots =
        planner.myopic() ? 1 : (int) Math.max(1, sc.horizonSeconds() / sc.controlIntervalSeconds());
    double[] lim = new double[slots];
    double[] base = new double[slots];
    double[] pv = new double[slots];
    double[] price = new double[slots];
    for (int k = 0; k < slots; k++) {
      long t0 = now + (long) k * slotSec;
      long t1 = t0 + slotSec;
      lim[k] = Double.isNaN(limitOverride) ? sc.site().gridLimitKw().min(t0, t1) : limitOverride;
      base[k] = sc.site().baseLoadKw().max(t0, t1);
      pv[k] = sc.site().pvKw().min(t0, t1);
      price[k] = sc.tariff().energyPrice().valueAt(t0);
    }
    if (chargerStates == null || faultsChanged) {
      List<ChargerState> cs = new ArrayList<>(nc);
      for (int c = 0; c < nc; c++) {
        Charger ch = chargers[c];
        cs.add(new ChargerState(ch.id(), ch.maxKw(), ch.minKw(), ch.efficiency(), !fault[c]));
      }
      chargerStates = List.copyOf(cs);
      faultsChanged = false;
    }
    List<ChargerState> cs = chargerStates;
    List<ConnectedVehicle> cv = new ArrayList<>(nv);
    if (planRow == null) {
      planRow = new int[nv];
    }
    Arrays.fill(planRow, -1);
    for (int v = 0; v < nv; v++) {
      if (status[v] != PLUGGED) {
        continue;
      }
      int c = evseCharger[evseOf[v]];
      double maxGrid =
          chargers[c].type() == CurrentType.AC ? types[v].onboardAcKw() : Double.POSITIVE_INFINITY;
      vehicleMaxGrid[v] = maxGrid;
      planRow[v] = cv.size();
      cv.add(
          new ConnectedVehicle(
              vehicles[v].id(),
              c,
              soc[v],
              cap[v],
              types[v].curve(),
              maxGrid,
              nextDeparture(v),
              target(v),
              priority[v],
              pluggedAt[v]));
    }
    DepotState st =
        new DepotState(
            now,
            slotSec,
            lim,
            base,
            pv,
            price,
            sc.tariff().demandChargePerKw(),
            monthPeaks[month],
            cs,
            cv);
    if (!planner.myopic()) {
      st = st.withExpectedArrivals(forecast(now + (long) slots * slotSec));
    }
    plan = planner.plan(st);
    planStart = plan.start();
    planSlotSeconds = plan.slotSeconds();
    planSlots = plan.slots();
    planSlot = -1;
    applySlot();
  }

  /** The vehicles expected to plug in before horizonEnd (see the class comment). */
  private List<ExpectedArrival> forecast(long horizonEnd) {
    long plugDelay = sc.rule().plugInDelaySeconds();
    int m = 0;
    long[] at = new long[nv];
    int[] who = new int[nv];
    double[] socAt = new double[nv];
    for (int v = 0; v < nv; v++) {
      long t;
      double s;
      if (status[v] == DRIVING) {
        Block cur = vehicles[v].blocks().get(nextBlock[v]);
        t = Math.max(cur.returnAt(), now) + plugDelay;
        double used = cur.energyFor(types[v]);
        double available = soc[v] * cap[v];
        s = used >= available ? 0 : (available - used) / cap[v];
      } else if (status[v] == PARKED && !manualUnplug[v]) {
        t = pluginPending[v] ? Math.max(now, pluginAt[v]) : now;
        s = soc[v];
      } else {
        continue;
      }
      if (t < horizonEnd) {
        at[m] = t;
        who[m] = v;
        socAt[m] = s;
        m++;
      }
    }
    if (m == 0) {
      return List.of();
    }
    // Arrival order (ties: vehicle order), in which tryPlug would hand out the EVSEs.
    Integer[] order = new Integer[m];
    for (int j = 0; j < m; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> at[a] != at[b] ? Long.compare(at[a], at[b]) : a - b);
    // EVSEs free now, and those whose vehicle leaves inside the horizon (by when); a faulted one
    // is not expected to recover.
    int ne = evseVehicle.length;
    BitSet free = new BitSet(ne);
    PriorityQueue<long[]> busy =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (int e = 0; e < ne; e++) {
      if (fault[evseCharger[e]]) {
        continue;
      }
      int w = evseVehicle[e];
      if (w < 0) {
        free.set(e);
      } else if (nextDeparture(w) < horizonEnd) {
        busy.add(new long[] {Math.max(now, nextDeparture(w)), e});
      }
    }
    List<ExpectedArrival> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      int i = order[j];
      int v = who[i];
      long t = at[i];
      while (!busy.isEmpty() && busy.peek()[0] <= t) {
        free.set((int) busy.poll()[1]);
      }
      int e = free.nextSetBit(0);
      if (e >= 0) {
        free.clear(e);
      } else if (!busy.isEmpty()) {
        // It waits for the first EVSE to free up (first come, first served).
        long[] first = busy.poll();
        t = first[0];
        e = (int) first[1];
      } else {
        continue;
      }
      List<Block> blocks = vehicles[v].blocks();
      int b = status[v] == DRIVING ? nextBlock[v] + 1 : nextBlock[v];
      while (b < blocks.size() && blocks.get(b).departure() <= t) {
        b++;
      }
      if (b >= blocks.size()) {
        // It stays plugged in for good.
        continue;
      }
      Block next = blocks.get(b);
      if (next.departure() < horizonEnd) {
        busy.add(new long[] {next.departure(), e});
      }
      double target =
          b == nextBlock[v] && !Double.isNaN(targetOverride[v])
              ? targetOverride[v]
              : next.requiredSoc();
      if (socAt[i] >= target) {
        // Needs no energy (it still takes its EVSE).
        continue;
      }
      int c = evseCharger[e];
      out.add(
          new ExpectedArrival(
              vehicles[v].id(),
              t,
              c,
              socAt[i],
              cap[v],
              types[v].curve(),
              chargers[c].type() == CurrentType.AC
                  ? types[v].onboardAcKw()
                  : Double.POSITIVE_INFINITY,
              next.departure(),
              target,
              priority[v]));
    }
    return out;
  }

  private void applySlot() {
    int k = (int) ((now - planStart) / planSlotSeconds);
    if (k == planSlot) {
      return;
    }
    planSlot = k;
    int m = 0;
    for (int v = 0; v < nv; v++) {
      int row = planRow[v];
      double sp =
          row >= 0 && status[v] == PLUGGED && k < planSlots
              ? (direct ? directPower[row] : plan.powerKw(row, k))
              : 0;
      setpoint[v] = sp;
      if (sp > 0) {
        active[m++] = v;
      }
    }
    // Setpoints change only here (tryPlug and unplug reset them to 0), so no vehicle outside this
    // list has a setpoint until the next call.
    activeCount = m;
  }

  private long nextSlotBoundary() {
    return planStart + (long) (planSlot + 1) * planSlotSeconds;
  }

  private void integrate(long target) {
    while (now < target) {
      long t1 = target;
      t1 = Math.min(t1, nextSlotBoundary());
      t1 = Math.min(t1, sc.site().gridLimitKw().nextChangeAfter(now));
      t1 = Math.min(t1, sc.site().baseLoadKw().nextChangeAfter(now));
      t1 = Math.min(t1, sc.site().pvKw().nextChangeAfter(now));
      t1 = Math.min(t1, sc.tariff().energyPrice().nextChangeAfter(now));
      if (month + 1 < monthStarts.length) {
        t1 = Math.min(t1, monthStarts[month + 1]);
      }
      segment(now, t1);
      now = t1;
      if (month + 1 < monthStarts.length && now >= monthStarts[month + 1]) {
        month++;
      }
      if (now < end) {
        applySlot();
      }
    }
  }

  private void segment(long t0, long t1) {
    double h = (t1 - t0) / 3600.0;
    double limit = limitAt(t0);
    double base = sc.site().baseLoadKw().valueAt(t0);
    double pv = sc.site().pvKw().valueAt(t0);
    double price = sc.tariff().energyPrice().valueAt(t0);
    double ev0 = 0;
    double ev1 = 0;
    double evE = 0;
    segNo++;
    // Only vehicles with a setpoint can charge; every other one keeps its SoC (see SegmentView).
    for (int i = 0; i < activeCount; i++) {
      int v = active[i];
      segStamp[v] = segNo;
      double s0 = soc[v];
      segS0[v] = s0;
      double sp = status[v] == PLUGGED ? setpoint[v] : 0;
      segSp[v] = sp;
      if (sp <= 0 || status[v] != PLUGGED || fault[evseCharger[evseOf[v]]]) {
        segS1[v] = s0;
        segP0[v] = 0;
        segP1[v] = 0;
        segE[v] = 0;
        continue;
      }
      int c = evseCharger[evseOf[v]];
      Charger ch = chargers[c];
      ChargingCurve curve = types[v].curve();
      double mg = vehicleMaxGrid[v];
      // The last segment's end power is this one's start power when nothing it depends on
      // changed (same SoC, setpoint, charger and on-board limit; the curve is the vehicle's).
      double p0 =
          memoCharger[v] == c
                  && Double.compare(memoSoc[v], s0) == 0
                  && Double.compare(memoSp[v], sp) == 0
                  && Double.compare(memoMaxGrid[v], mg) == 0
              ? memoPower[v]
              : ChargeMath.gridPower(s0, sp, mg, ch.minKw(), ch.efficiency(), curve);
      double s1 =
          ChargeMath.advance(
              s0, sp, mg, ch.minKw(), ch.efficiency(), curve, cap[v], (double) (t1 - t0));
      double p1;
      if (s1 == s0) {
        p1 = 0;
        memoCharger[v] = -1;
      } else {
        p1 = ChargeMath.gridPower(s1, sp, mg, ch.minKw(), ch.efficiency(), curve);
        memoCharger[v] = c;
        memoSoc[v] = s1;
        memoSp[v] = sp;
        memoMaxGrid[v] = mg;
        memoPower[v] = p1;
      }
      double e = (s1 - s0) * cap[v] / ch.efficiency();
      segS1[v] = s1;
      segP0[v] = p0;
      segP1[v] = p1;
      segE[v] = e;
      soc[v] = s1;
      ev0 += p0;
      ev1 += p1;
      evE += e;
      chargerEnergy[c] += e;
      batteryEnergy += (s1 - s0) * cap[v];
    }
    double batt = battery(ev0 + base - pv, h);
    double grid0 = ev0 + base - pv - batt;
    double grid1 = ev1 + base - pv - batt;
    double gridE = evE + (base - pv - batt) * h;
    monthPeaks[month] = Math.max(monthPeaks[month], Math.max(grid0, grid1));
    gridEnergy += gridE;
    evseEnergy += evE;
    energyCost += price * Math.max(0, gridE);
    // nextSample is never before t0 (every earlier sample time lay in an earlier segment).
    if (nextSample < t1) {
      sampleWithin(t0, t1, limit, base, pv, batt, ev0, grid0);
    }
    if (!listeners.isEmpty()) {
      view.set(t0, t1, limit, base, pv, batt, grid0, gridE);
      for (SimulationListener l : listeners) {
        l.onSegment(view);
      }
    }
  }

  /**
   * Records one series row for every sample time in {@code [t0, t1)}, after {@link #segment} has
   * integrated that segment. Segments are not split at sample times (splitting would change the
   * integration and so the KPIs); instead the state at a sample time {@code s} inside the segment
   * is evaluated exactly: each charging vehicle's SoC is {@link ChargeMath#advance} from the
   * segment's start SoC over {@code s - t0} at the segment's setpoint, and its power is the grid
   * power at that SoC. Limit, base load, PV and battery are constant within a segment. A sample at
   * {@code t0} uses the segment's start values as computed by the integration itself.
   *
   * @param base base load, constant over the segment
   * @param pv PV output, constant over the segment
   * @param batt stationary battery discharge (negative when charging), constant over the segment
   * @param ev0 EVSE power at {@code t0}
   * @param grid0 grid import at {@code t0}
   */
  private void sampleWithin(
      long t0,
      long t1,
      double limit,
      double base,
      double pv,
      double batt,
      double ev0,
      double grid0) {
    if (sampleSoc == null) {
      sampleSoc = new double[nv];
    }
    for (; nextSample < t1; nextSample += opt.seriesIntervalSeconds()) {
      long s = nextSample;
      Arrays.fill(sampleCharger, 0);
      System.arraycopy(soc, 0, sampleSoc, 0, nv);
      double ev = 0;
      for (int i = 0; i < activeCount; i++) {
        int v = active[i];
        double sp = segSp[v];
        sampleSoc[v] = segS0[v];
        if (sp <= 0 || status[v] != PLUGGED || fault[evseCharger[evseOf[v]]]) {
          continue;
        }
        int c = evseCharger[evseOf[v]];
        double p = segP0[v];
        if (s > t0) {
          Charger ch = chargers[c];
          ChargingCurve curve = types[v].curve();
          double mg = vehicleMaxGrid[v];
          double ss =
              ChargeMath.advance(
                  segS0[v], sp, mg, ch.minKw(), ch.efficiency(), curve, cap[v], (double) (s - t0));
          sampleSoc[v] = ss;
          p = ChargeMath.gridPower(ss, sp, mg, ch.minKw(), ch.efficiency(), curve);
          ev += p;
        }
        sampleCharger[c] += p;
      }
      if (s == t0) {
        series.add(s, grid0, ev0, limit, sampleCharger, sampleSoc);
      } else {
        series.add(s, ev + base - pv - batt, ev, limit, sampleCharger, sampleSoc);
      }
    }
  }

  /** Battery dispatch for a segment: charge from PV surplus, discharge above the shave level. */
  private double battery(double net, double h) {
    StationaryBattery b = sc.site().battery();
    if (b.capacityKwh() <= 0 || b.maxKw() <= 0) {
      return 0;
    }
    double eta = b.efficiency();
    if (net < 0) {
      double room = (b.capacityKwh() - batteryKwh) / eta / h;
      double p = Math.min(-net, Math.min(b.maxKw(), room));
      batteryKwh = Math.min(b.capacityKwh(), batteryKwh + p * h * eta);
      return -p;
    }
    if (net > b.shaveAboveKw()) {
      double stored = batteryKwh * eta / h;
      double p = Math.min(net - b.shaveAboveKw(), Math.min(b.maxKw(), stored));
      batteryKwh = Math.max(0, batteryKwh - p * h / eta);
      return p;
    }
    return 0;
  }

  /**
   * What the depot looks like now.
   *
   * @return the observation
   */
  public Observation observe() {
    List<Observation.VehicleView> vs = new ArrayList<>(nv);
    double ev = 0;
    for (int v = 0; v < nv; v++) {
      double p = 0;
      String cid = "";
      if (status[v] == PLUGGED) {
        int c = evseCharger[evseOf[v]];
        cid = chargers[c].id();
        if (!fault[c]) {
          p =
              ChargeMath.gridPower(
                  soc[v],
                  setpoint[v],
                  vehicleMaxGrid[v],
                  chargers[c].minKw(),
                  chargers[c].efficiency(),
                  types[v].curve());
        }
      }
      ev += p;
      VehicleStatus st =
          status[v] == DRIVING
              ? VehicleStatus.DRIVING
              : status[v] == PLUGGED ? VehicleStatus.PLUGGED : VehicleStatus.PARKED;
      vs.add(
          new Observation.VehicleView(
              vehicles[v].id(), st, soc[v], cid, p, nextDeparture(v), target(v), priority[v]));
    }
    double base = sc.site().baseLoadKw().valueAt(now);
    double pv = sc.site().pvKw().valueAt(now);
    return new Observation(now, ev + base - pv, ev, limitAt(now), vs);
  }

  /**
   * The KPIs and records so far (complete once {@link #finished()}).
   *
   * @return the result
   */
  public SimulationResult result() {
    int missed = 0;
    double shortfall = 0;
    int[] deps = new int[nv];
    int[] miss = new int[nv];
    double[] sf = new double[nv];
    double[] minSoc = new double[nv];
    Arrays.fill(minSoc, 1);
    double[] socs = new double[departures.size()];
    int[] deciles = new int[10];
    double sum = 0;
    int i = 0;
    for (DepartureRecord r : departures) {
      int v = vehicleIndex.get(r.vehicleId());
      deps[v]++;
      if (r.missed()) {
        missed++;
        miss[v]++;
      }
      shortfall += r.shortfallKwh();
      sf[v] += r.shortfallKwh();
      minSoc[v] = Math.min(minSoc[v], r.soc());
      socs[i++] = r.soc();
      sum += r.soc();
      deciles[Math.min(9, (int) Math.floor(r.soc() * 10))]++;
    }
    Arrays.sort(socs);
    Kpis.SocDistribution dist =
        socs.length == 0
            ? new Kpis.SocDistribution(1, 1, 1, 1, deciles)
            : new Kpis.SocDistribution(
                socs[0],
                socs[(int) Math.floor(0.05 * (socs.length - 1))],
                socs[(socs.length - 1) / 2],
                sum / socs.length,
                deciles);
    List<Kpis.VehicleKpi> per = new ArrayList<>(nv);
    for (int v = 0; v < nv; v++) {
      per.add(new Kpis.VehicleKpi(vehicles[v].id(), deps[v], miss[v], sf[v], minSoc[v]));
    }
    List<Kpis.MonthPeak> peaks = new ArrayList<>();
    double peak = 0;
    double demand = 0;
    for (int m = 0; m < monthStarts.length && m <= month; m++) {
      YearMonth ym = YearMonth.from(sc.start().plusSeconds(monthStarts[m]).atZone(ZoneOffset.UTC));
      peaks.add(new Kpis.MonthPeak(ym.toString(), monthPeaks[m]));
      peak = Math.max(peak, monthPeaks[m]);
      demand += monthPeaks[m] * sc.tariff().demandChargePerKw();
    }
    double hours = now / 3600.0;
    double capSum = 0;
    for (Charger c : chargers) {
      capSum += c.maxKw();
    }
    double util = hours > 0 && capSum > 0 ? evseEnergy / (capSum * hours) : 0;
    Kpis k =
        new Kpis(
            sc.name(),
            label,
            hours,
            nv,
            departures.size(),
            missed,
            shortfall,
            dist,
            peak,
            peaks,
            gridEnergy,
            evseEnergy,
            batteryEnergy,
            energyCost,
            demand,
            util,
            stranded,
            checker == null ? 0 : checker.count(),
            plannerRuns,
            per);
    return new SimulationResult(
        k,
        departures,
        checker == null ? List.of() : checker.messages(),
        Optional.ofNullable(series));
  }

  private static final class Ev implements Comparable<Ev> {
    final long time;
    final long seq;
    final int type;
    final int vehicle;
    final Action action;

    Ev(long time, long seq, int type, int vehicle, Action action) {
      this.time = time;
      this.seq = seq;
      this.type = type;
      this.vehicle = vehicle;
      this.action = action;
    }

    @Override
    public int compareTo(Ev o) {
      int c = Long.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final class SegmentView implements Segment {
    private long start;
    private long stop;
    private double limit;
    private double base;
    private double pv;
    private double batt;
    private double grid;
    private double gridE;

    void set(
        long start,
        long stop,
        double limit,
        double base,
        double pv,
        double batt,
        double grid,
        double gridE) {
      this.start = start;
      this.stop = stop;
      this.limit = limit;
      this.base = base;
      this.pv = pv;
      this.batt = batt;
      this.grid = grid;
      this.gridE = gridE;
    }

    @Override
    public long start() {
      return start;
    }

    @Override
    public long end() {
      return stop;
    }

    @Override
    public double gridLimitKw() {
      return limit;
    }

    @Override
    public double baseLoadKw() {
      return base;
    }

    @Override
    public double pvKw() {
      return pv;
    }

    @Override
    public double batteryKw() {
      return batt;
    }

    @Override
    public double gridKw() {
      return grid;
    }

    @Override
    public double gridEnergyKwh() {
      return gridE;
    }

    @Override
    public int chargers() {
      return nc;
    }

    @Override
    public double chargerMaxKw(int c) {
      return chargers[c].maxKw();
    }

    @Override
    public double chargerMinKw(int c) {
      return chargers[c].minKw();
    }

    @Override
    public boolean chargerAvailable(int c) {
      return !fault[c];
    }

    @Override
    public int vehicles() {
      return nv;
    }

    @Override
    public String vehicleId(int v) {
      return vehicles[v].id();
    }

    @Override
    public int activeVehicles() {
      return activeCount;
    }

    @Override
    public int activeVehicle(int i) {
      return active[i];
    }

    @Override
    public int vehicleCharger(int v) {
      return status[v] == PLUGGED ? evseCharger[evseOf[v]] : -1;
    }

    @Override
    public boolean vehiclePresent(int v) {
      return status[v] != DRIVING;
    }

    @Override
    public double capacityKwh(int v) {
      return cap[v];
    }

    @Override
    public ChargingCurve curve(int v) {
      return types[v].curve();
    }

    @Override
    public double maxGridKw(int v) {
      return status[v] == PLUGGED ? vehicleMaxGrid[v] : Double.POSITIVE_INFINITY;
    }

    @Override
    public double efficiency(int v) {
      return status[v] == PLUGGED ? chargers[evseCharger[evseOf[v]]].efficiency() : 1;
    }

    @Override
    public double setpointKw(int v) {
      return segStamp[v] == segNo ? segSp[v] : 0;
    }

    @Override
    public double startPowerKw(int v) {
      return segStamp[v] == segNo ? segP0[v] : 0;
    }

    @Override
    public double endPowerKw(int v) {
      return segStamp[v] == segNo ? segP1[v] : 0;
    }

    @Override
    public double socStart(int v) {
      return segStamp[v] == segNo ? segS0[v] : soc[v];
    }

    @Override
    public double socEnd(int v) {
      return segStamp[v] == segNo ? segS1[v] : soc[v];
    }

    @Override
    public double gridEnergyKwh(int v) {
      return segStamp[v] == segNo ? segE[v] : 0;
    }
  }
}
