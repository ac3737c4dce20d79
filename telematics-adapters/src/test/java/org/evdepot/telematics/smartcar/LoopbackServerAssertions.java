package org.evdepot.telematics.smartcar;

import static org.assertj.core.api.Assertions.assertThat;

import org.evdepot.telematics.testing.LoopbackServer;

final class LoopbackServerAssertions {
  private LoopbackServerAssertions() {}

  static void bearer(LoopbackServer.Recorded r, String token) {
    assertThat(r.header("Authorization")).isEqualTo("Bearer " + token);
  }
}
