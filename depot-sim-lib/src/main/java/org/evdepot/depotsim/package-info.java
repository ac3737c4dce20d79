/** Depot model, smart-charging planners, discrete-event simulation engine and KPIs. */
package org.evdepot.depotsim;
