package org.evdepot.depotsim.sim;

/** Observes a run: every segment, every block driven, every departure. */
public interface SimulationListener {
  /**
   * A segment was integrated.
   *
   * @param s the segment (a view valid only during the call)
   */
  default void onSegment(Segment s) {}

  /**
   * A vehicle returned from a block.
   *
   * @param vehicle vehicle index
   * @param time return time
   * @param kwh battery energy the block used (after clamping at empty)
   */
  default void onDrive(int vehicle, long time, double kwh) {}

  /**
   * A departure happened (or was missed).
   *
   * @param r the record
   */
  default void onDeparture(DepartureRecord r) {}
}
