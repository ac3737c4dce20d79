package org.evdepot.depotsim.model;

/**
 * The depot's grid connection and the loads and sources behind it. Every value of the three series
 * must be >= 0 (a {@link TimeSeries} is always finite).
 *
 * @param gridLimitKw largest grid import at each time (a constant or a time-of-day cap), >= 0
 * @param baseLoadKw other consumption of the site (buildings, workshop), >= 0
 * @param pvKw on-site PV production, >= 0
 * @param battery stationary battery ({@link StationaryBattery#NONE} for none)
 */
public record Site(
    TimeSeries gridLimitKw, TimeSeries baseLoadKw, TimeSeries pvKw, StationaryBattery battery) {
  /**
   * Validates every field.
   *
   * @throws IllegalArgumentException naming the field if one is null or takes a negative value
   */
  public Site {
    nonNegativeSeries("site gridLimitKw", gridLimitKw);
    nonNegativeSeries("site baseLoadKw", baseLoadKw);
    nonNegativeSeries("site pvKw", pvKw);
    Checks.notNull("site battery", battery);
  }

  private static void nonNegativeSeries(String field, TimeSeries s) {
    Checks.notNull(field, s);
    double min = s.smallestValue();
    if (!(min >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 at every time; it takes " + min);
    }
  }

  /**
   * A site with a constant limit, no base load, no PV and no battery.
   *
   * @param limitKw the grid limit
   * @return the site
   */
  public static Site ofLimit(double limitKw) {
    return new Site(
        TimeSeries.constant(limitKw),
        TimeSeries.constant(0),
        TimeSeries.constant(0),
        StationaryBattery.NONE);
  }
}
