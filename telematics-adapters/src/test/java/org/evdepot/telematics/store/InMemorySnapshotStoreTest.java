package org.evdepot.telematics.store;

class InMemorySnapshotStoreTest extends SnapshotStoreContract {
  @Override
  protected SnapshotStore newStore(ChangeThresholds thresholds) {
    return new InMemorySnapshotStore(thresholds);
  }
}
