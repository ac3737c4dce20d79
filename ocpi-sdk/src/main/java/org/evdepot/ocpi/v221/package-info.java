/**
 * OCPI 2.2.1 objects as immutable records with the exact wire names (via {@code @JsonProperty}) and
 * enums with the spec's values. Required fields are checked on construction; optional ones may be
 * {@code null} and are omitted when written.
 */
package org.evdepot.ocpi.v221;
