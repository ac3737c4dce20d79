package org.evdepot.ocpi.v221;

/** General parking type (OCPI 2.2.1 §8.4.17). */
public enum ParkingType {
  /** ALONG_MOTORWAY */
  ALONG_MOTORWAY,
  /** PARKING_GARAGE */
  PARKING_GARAGE,
  /** PARKING_LOT */
  PARKING_LOT,
  /** ON_DRIVEWAY */
  ON_DRIVEWAY,
  /** ON_STREET */
  ON_STREET,
  /** UNDERGROUND_GARAGE */
  UNDERGROUND_GARAGE
}
