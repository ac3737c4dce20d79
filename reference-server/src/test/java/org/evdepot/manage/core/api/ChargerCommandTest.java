package org.evdepot.manage.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargerCommandTest {

  @Test
  void everyCommand_roundTripsThroughItsUrlName() {
    for (ChargerCommand c : ChargerCommand.values()) {
      assertThat(ChargerCommand.fromUrlName(c.urlName())).contains(c);
    }
    assertThat(ChargerCommand.REMOTE_START.urlName()).isEqualTo("remote-start");
  }

  @Test
  void unknownName_isEmpty() {
    assertThat(ChargerCommand.fromUrlName("REMOTE_START")).isEmpty();
    assertThat(ChargerCommand.fromUrlName("self-destruct")).isEmpty();
  }
}
