package org.evdepot.depotsim.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Time series sampled at a fixed interval: one row per sample, with the site's grid import, EVSE
 * power and grid limit, each charger's power and each vehicle's SoC. Filled by the simulation while
 * it runs; read-only for everyone else. Every accessor checks its row and column against {@link
 * #rows()} and the column lists and throws {@link IndexOutOfBoundsException} outside them.
 */
public final class SeriesTable {
  private final List<String> chargerIds;
  private final List<String> vehicleIds;
  private long[] times = new long[64];
  private double[] site = new double[64 * 3];
  private double[] chargers;
  private double[] socs;
  private int rows;

  /**
   * Creates an empty table.
   *
   * @param chargerIds the charger columns
   * @param vehicleIds the vehicle columns
   */
  SeriesTable(List<String> chargerIds, List<String> vehicleIds) {
    this.chargerIds = List.copyOf(chargerIds);
    this.vehicleIds = List.copyOf(vehicleIds);
    chargers = new double[64 * Math.max(1, chargerIds.size())];
    socs = new double[64 * Math.max(1, vehicleIds.size())];
  }

  /**
   * Appends a row; the arrays are copied (each at least as long as its column list).
   *
   * @param t time
   * @param gridKw grid import
   * @param evKw EVSE power
   * @param limitKw grid limit
   * @param chargerKw power per charger
   * @param soc SoC per vehicle
   */
  void add(long t, double gridKw, double evKw, double limitKw, double[] chargerKw, double[] soc) {
    if (chargerKw.length < chargerIds.size() || soc.length < vehicleIds.size()) {
      throw new IllegalArgumentException(
          "a row needs "
              + chargerIds.size()
              + " charger and "
              + vehicleIds.size()
              + " vehicle values: "
              + chargerKw.length
              + ", "
              + soc.length);
    }
    if (rows == times.length) {
      int cap = rows * 2;
      times = Arrays.copyOf(times, cap);
      site = Arrays.copyOf(site, cap * 3);
      chargers = Arrays.copyOf(chargers, cap * Math.max(1, chargerIds.size()));
      socs = Arrays.copyOf(socs, cap * Math.max(1, vehicleIds.size()));
    }
    times[rows] = t;
    site[rows * 3] = gridKw;
    site[rows * 3 + 1] = evKw;
    site[rows * 3 + 2] = limitKw;
    System.arraycopy(chargerKw, 0, chargers, rows * chargerIds.size(), chargerIds.size());
    System.arraycopy(soc, 0, socs, rows * vehicleIds.size(), vehicleIds.size());
    rows++;
  }

  /**
   * Number of rows.
   *
   * @return rows
   */
  public int rows() {
    return rows;
  }

  /**
   * Charger column ids.
   *
   * @return ids
   */
  public List<String> chargerIds() {
    return chargerIds;
  }

  /**
   * Vehicle column ids.
   *
   * @return ids
   */
  public List<String> vehicleIds() {
    return vehicleIds;
  }

  /**
   * Time of a row.
   *
   * @param row row
   * @return seconds since start
   */
  public long time(int row) {
    return times[Objects.checkIndex(row, rows)];
  }

  /**
   * Grid import.
   *
   * @param row row
   * @return kW
   */
  public double gridKw(int row) {
    return site[Objects.checkIndex(row, rows) * 3];
  }

  /**
   * EVSE power.
   *
   * @param row row
   * @return kW
   */
  public double evKw(int row) {
    return site[Objects.checkIndex(row, rows) * 3 + 1];
  }

  /**
   * Grid limit.
   *
   * @param row row
   * @return kW
   */
  public double limitKw(int row) {
    return site[Objects.checkIndex(row, rows) * 3 + 2];
  }

  /**
   * A charger's power.
   *
   * @param row row
   * @param charger charger column
   * @return kW
   */
  public double chargerKw(int row, int charger) {
    int n = chargerIds.size();
    return chargers[Objects.checkIndex(row, rows) * n + Objects.checkIndex(charger, n)];
  }

  /**
   * A vehicle's SoC.
   *
   * @param row row
   * @param vehicle vehicle column
   * @return SoC
   */
  public double soc(int row, int vehicle) {
    int n = vehicleIds.size();
    return socs[Objects.checkIndex(row, rows) * n + Objects.checkIndex(vehicle, n)];
  }
}
