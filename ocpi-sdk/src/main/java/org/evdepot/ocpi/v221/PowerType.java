package org.evdepot.ocpi.v221;

/** Power type of a connector (OCPI 2.2.1 §8.4.19). */
public enum PowerType {
  /** AC_1_PHASE */
  AC_1_PHASE,
  /** AC_2_PHASE */
  AC_2_PHASE,
  /** AC_2_PHASE_SPLIT */
  AC_2_PHASE_SPLIT,
  /** AC_3_PHASE */
  AC_3_PHASE,
  /** DC */
  DC
}
