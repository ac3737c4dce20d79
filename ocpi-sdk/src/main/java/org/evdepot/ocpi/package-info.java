/**
 * OCPI 2.2.1 and 2.1.1 roaming: models, client, framework-neutral server handlers, credentials
 * handshake, tariff pricing.
 */
package org.evdepot.ocpi;
