/**
 * Partners and our own identity: {@link org.evdepot.ocpi.partner.Partner} (tokens, agreed version,
 * endpoints, per-partner token encoding and parsing mode), the {@link
 * org.evdepot.ocpi.partner.PartnerRepository} SPI with an in-memory implementation, and {@link
 * org.evdepot.ocpi.partner.LocalPlatform}.
 */
package org.evdepot.ocpi.partner;
