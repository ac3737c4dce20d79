package org.evdepot.ocpp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.testing.Ports;
import org.junit.jupiter.api.Test;

/** The two runnable examples work against each other. */
class ExamplesIT {
  @Test
  void exampleStation_runsItsTransactionAgainstExampleCsms() throws Exception {
    int port = Ports.free();
    try (OcppCsmsServer csms = ExampleCsms.create(port)) {
      csms.start();
      int wh = ExampleChargingStation.run(URI.create("ws://127.0.0.1:" + port + "/ocpp"), "CP-EX");
      assertThat(wh).isEqualTo(3 * 1_250);
    }
  }
}
