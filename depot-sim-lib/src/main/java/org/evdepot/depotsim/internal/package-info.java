/**
 * Implementation: the exact charging integrator shared by planners and engine, and the planners
 * behind {@link org.evdepot.depotsim.plan.Strategy}. Not API; may change without notice.
 */
package org.evdepot.depotsim.internal;
