package org.evdepot.depotsim.model;

/**
 * Seeded randomness of a run: each return is late by {@code |N(0, arrivalDelayStdSeconds)|} and
 * each block uses {@code max(0, 1 + N(0, energyUseRelStd))} times its planned energy. The same seed
 * gives the same run, bit for bit.
 *
 * @param seed the seed
 * @param arrivalDelayStdSeconds standard deviation of return delays, >= 0
 * @param energyUseRelStd relative standard deviation of energy use, >= 0
 */
public record Randomness(long seed, double arrivalDelayStdSeconds, double energyUseRelStd) {
  /** No randomness. */
  public static final Randomness NONE = new Randomness(0, 0, 0);

  /** Validates every field. */
  public Randomness {
    Checks.nonNegative("arrivalDelayStdSeconds", arrivalDelayStdSeconds);
    Checks.nonNegative("energyUseRelStd", energyUseRelStd);
  }
}
