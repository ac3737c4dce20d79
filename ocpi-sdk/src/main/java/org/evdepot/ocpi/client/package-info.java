/**
 * The OCPI client on the JDK {@link java.net.http.HttpClient}: {@link
 * org.evdepot.ocpi.client.OcpiClient} holds transport settings (timeouts, retries with backoff,
 * request IDs); {@link org.evdepot.ocpi.client.PartnerClient} talks to one partner with its token,
 * version, routing headers and endpoints, and pulls paginated lists lazily by following {@code
 * Link} headers.
 */
package org.evdepot.ocpi.client;
