package org.evdepot.telematics.testing;

import java.time.Instant;
import java.util.List;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.VehicleSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every adapter test: a loopback server, a virtual clock, and {@link #verify} which checks
 * the {@link SnapshotInvariants} on every decoded snapshot.
 */
public abstract class DecoderTestBase {
  /** The virtual "now" of every adapter test; fixtures observe a little earlier. */
  protected static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  protected LoopbackServer server;
  protected MutableClock clock;

  @BeforeEach
  void startServer() throws Exception {
    server = new LoopbackServer();
    clock = new MutableClock(NOW);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Checks the invariants on every snapshot of a result. */
  protected static FetchResult verify(FetchResult result) {
    for (VehicleSnapshot s : result.snapshots()) {
      SnapshotInvariants.check(s);
    }
    return result;
  }

  /** Checks the invariants on one snapshot. */
  protected static VehicleSnapshot verify(VehicleSnapshot s) {
    return SnapshotInvariants.check(s);
  }

  /** The only snapshot of a result. */
  protected static VehicleSnapshot only(FetchResult result) {
    List<VehicleSnapshot> s = verify(result).snapshots();
    if (s.size() != 1) {
      throw new AssertionError("expected one snapshot but got " + s.size());
    }
    return s.get(0);
  }
}
