package org.evdepot.depotsim.model;

/**
 * The depot's grid connection and the loads and sources behind it.
 *
 * @param gridLimitKw largest grid import at each time (a constant or a time-of-day cap)
 * @param baseLoadKw other consumption of the site (buildings, workshop)
 * @param pvKw on-site PV production
 * @param battery stationary battery ({@link StationaryBattery#NONE} for none)
 */
public record Site(
    TimeSeries gridLimitKw, TimeSeries baseLoadKw, TimeSeries pvKw, StationaryBattery battery) {
  /** Validates every field. */
  public Site {
    Checks.notNull("site gridLimitKw", gridLimitKw);
    Checks.notNull("site baseLoadKw", baseLoadKw);
    Checks.notNull("site pvKw", pvKw);
    Checks.notNull("site battery", battery);
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
