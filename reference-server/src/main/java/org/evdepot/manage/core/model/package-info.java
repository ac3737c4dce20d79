/**
 * The Manage domain as immutable values, the same for OCPP 1.6 and 2.0.1: depots, chargers,
 * connectors, id tokens, transactions and their meter values. Records here are what the services
 * return and what the REST API serialises.
 */
package org.evdepot.manage.core.model;
