/** Depot events to rules to incidents to notifications. */
package org.evdepot.incidents;
