package org.evdepot.depotsim.sim;

import java.util.List;
import java.util.Optional;

/**
 * What a run produced.
 *
 * @param kpis the KPIs
 * @param departures every departure, in time order
 * @param violations the first invariant violations (empty for a sound run)
 * @param series sampled time series, if sampling was on
 */
public record SimulationResult(
    Kpis kpis,
    List<DepartureRecord> departures,
    List<String> violations,
    Optional<SeriesTable> series) {
  /** Copies the lists. */
  public SimulationResult {
    departures = List.copyOf(departures);
    violations = List.copyOf(violations);
  }
}
