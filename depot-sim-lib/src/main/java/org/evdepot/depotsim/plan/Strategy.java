package org.evdepot.depotsim.plan;

import java.util.Locale;
import org.evdepot.depotsim.internal.BalancedPlanner;
import org.evdepot.depotsim.internal.OptimisedPlanner;
import org.evdepot.depotsim.internal.OrderedPlanner;

/** The built-in charging strategies. */
public enum Strategy {
  /**
   * Uncontrolled: every vehicle charges at full power until full, first plugged first served when
   * the site limit binds (alias {@code greedy}).
   */
  UNCONTROLLED,
  /** Balanced: an equal share of the site headroom for each vehicle still below its target. */
  BALANCED,
  /** Earliest departure first: full power to the vehicle that leaves soonest, until its target. */
  EDF,
  /**
   * Least laxity first: full power to the vehicle with the least slack (time to departure minus the
   * time it needs at full power), recomputed every slot.
   */
  LLF,
  /**
   * Optimised: meets every departure target that is feasible at all while minimising energy cost
   * plus the demand charge on any new monthly peak (see the module README for the algorithm).
   */
  OPTIMISED;

  /**
   * Parses a strategy name, case-insensitive; {@code greedy} means {@link #UNCONTROLLED}.
   *
   * @param name the name
   * @return the strategy
   * @throws IllegalArgumentException naming the unknown value
   */
  public static Strategy parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "uncontrolled":
      case "greedy":
        return UNCONTROLLED;
      case "balanced":
        return BALANCED;
      case "edf":
        return EDF;
      case "llf":
        return LLF;
      case "optimised":
      case "optimized":
        return OPTIMISED;
      default:
        throw new IllegalArgumentException(
            "unknown strategy: "
                + name
                + " (expected uncontrolled|greedy, balanced, edf, llf, optimised)");
    }
  }

  /**
   * The planner of this strategy (stateless, shareable).
   *
   * @return the planner
   */
  public Planner planner() {
    switch (this) {
      case UNCONTROLLED:
        return OrderedPlanner.UNCONTROLLED;
      case BALANCED:
        return BalancedPlanner.INSTANCE;
      case EDF:
        return OrderedPlanner.EDF;
      case LLF:
        return OrderedPlanner.LLF;
      default:
        return OptimisedPlanner.INSTANCE;
    }
  }

  /**
   * The lower-case name used on the command line and in reports.
   *
   * @return the name
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
