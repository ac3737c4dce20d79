/**
 * The core REST API (JSON under {@code /api}): depots, chargers, id tokens, connectors,
 * transactions with meter values, the charger message log and commands to chargers ({@link
 * org.evdepot.manage.core.api.ChargerCommands}). Errors are {@code application/problem+json} bodies
 * ({@link org.evdepot.manage.core.api.Problem}) naming the offending field. The OpenAPI document is
 * generated at build time and served at {@code /openapi}.
 */
package org.evdepot.manage.core.api;
