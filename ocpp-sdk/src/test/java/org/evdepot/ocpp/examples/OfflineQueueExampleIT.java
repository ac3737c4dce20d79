package org.evdepot.ocpp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline queue example runs and the CSMS sees its own transaction id in the stop. */
class OfflineQueueExampleIT {
  @TempDir Path dir;

  @Test
  void offlineQueueExample_deliversTheOfflineTransactionWithTheCsmsAssignedId() throws Exception {
    assertThat(OfflineQueueExample.run(dir.resolve("q.journal"))).isPositive();
  }
}
