/**
 * The snapshot store SPI ({@link org.evdepot.telematics.store.SnapshotStore}), an in-memory
 * implementation, and the change events (state of charge, plug, charging, location, staleness,
 * provider status) derived by {@link org.evdepot.telematics.store.ChangeDetector}.
 */
package org.evdepot.telematics.store;
