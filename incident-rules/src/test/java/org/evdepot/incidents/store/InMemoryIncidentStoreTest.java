package org.evdepot.incidents.store;

/** The in-memory store passes the store contract. */
class InMemoryIncidentStoreTest extends IncidentStoreContract {

  @Override
  protected IncidentStore newEmptyStore() {
    return new InMemoryIncidentStore();
  }
}
