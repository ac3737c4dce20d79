package org.evdepot.manage.core.event;

/** The {@link EventBusContract} on the in-process bus. */
class InProcessEventBusTest extends EventBusContract {

  @Override
  EventBus newBus() {
    return new InProcessEventBus();
  }
}
