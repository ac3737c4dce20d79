/**
 * OCPI 2.1.1 objects as immutable records with the exact wire names (via {@code @JsonProperty}) and
 * enums with the spec's values. Required fields are checked on construction; optional ones may be
 * {@code null} and are omitted when written. Objects identical in both versions (DisplayText,
 * GeoLocation, TariffElement, ...) are reused from {@code org.evdepot.ocpi.v221}.
 */
package org.evdepot.ocpi.v211;
