package org.evdepot.ocpp.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.internal.codec.FastDecoders;
import org.evdepot.ocpp.internal.codec.MeterValuesCorpus;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RPC layer answers every frame the same with and without the fast decoders: the same frames
 * sent back (CALLRESULT or CALLERROR with code and description), the same payloads dispatched to
 * the handler, the same frame events; for valid MeterValues CALLs, their seeded random mutations,
 * and connections where the action is not handled or not allowed in that direction.
 */
class FastPathRpcTest {
  private ScheduledExecutorService scheduler;

  @BeforeEach
  void setUp() {
    scheduler = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterEach
  void tearDown() {
    FastDecoders.setEnabled(true);
    scheduler.shutdownNow();
  }

  /** Everything a connection did, in order. */
  private static final class Recorder implements FrameTransport {
    final List<Object> log = new ArrayList<>();

    @Override
    public void sendText(String text) {
      log.add("sent " + text);
    }

    @Override
    public void close(int code, String reason) {
      log.add("close " + code + " " + reason);
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public SocketAddress remoteAddress() {
      return null;
    }
  }

  private enum Setup {
    HANDLED,
    NOT_HANDLED,
    STATION_SIDE,
    LENIENT
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Object> run(boolean fast, OcppVersion version, Setup setup, List<String> frames) {
    FastDecoders.setEnabled(fast);
    Recorder recorder = new Recorder();
    ActionCatalog catalog = version == OcppVersion.V16 ? V16Actions.CATALOG : V201Actions.CATALOG;
    Handlers.Builder handlers = Handlers.builder();
    if (setup != Setup.NOT_HANDLED) {
      if (version == OcppVersion.V16) {
        handlers.on(
            V16Actions.METER_VALUES,
            (req, ctx) -> {
              recorder.log.add(req);
              return new org.evdepot.ocpp.v16.MeterValuesResponse();
            });
      } else {
        handlers.on(
            V201Actions.METER_VALUES,
            (req, ctx) -> {
              recorder.log.add(req);
              return new org.evdepot.ocpp.v201.MeterValuesResponse(null);
            });
        handlers.on(
            V201Actions.TRANSACTION_EVENT,
            (req, ctx) -> {
              recorder.log.add(req);
              return new org.evdepot.ocpp.v201.TransactionEventResponse(
                  null, null, null, null, null);
            });
      }
    }
    RpcConnection connection =
        new RpcConnection(
            "FAST-1",
            catalog,
            setup != Setup.STATION_SIDE,
            handlers.build(),
            RpcOptions.builder()
                .handlerExecutor(Runnable::run)
                .validationMode(
                    setup == Setup.LENIENT ? ValidationMode.LENIENT : ValidationMode.STRICT)
                .frameListener(recorder.log::add)
                .build(),
            scheduler,
            recorder,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    for (String frame : frames) {
      connection.onText(frame);
    }
    return recorder.log;
  }

  private static List<String> frames(OcppVersion version, Random r) {
    List<String> valid = MeterValuesCorpus.valid(version, r, 150);
    List<String> frames = new ArrayList<>();
    addFrames(frames, "MeterValues", valid, r);
    if (version == OcppVersion.V201) {
      addFrames(frames, "TransactionEvent", MeterValuesCorpus.validTransactionEvents(r, 150), r);
    }
    return frames;
  }

  private static void addFrames(List<String> frames, String action, List<String> valid, Random r) {
    int id = frames.size();
    for (String payload : valid) {
      String frame = "[2,\"m" + id++ + "\",\"" + action + "\"," + payload + "]";
      frames.add(frame);
      for (int i = 0; i < 8; i++) {
        frames.add(MeterValuesCorpus.mutate(frame, r));
      }
    }
  }

  @Test
  void v16AnswersAreUnchanged() {
    compare(OcppVersion.V16);
  }

  @Test
  void v201AnswersAreUnchanged() {
    compare(OcppVersion.V201);
  }

  private void compare(OcppVersion version) {
    List<String> frames = frames(version, new Random(42 + version.ordinal()));
    int fastFrames = 0;
    for (String frame : frames) {
      if (FastDecoders.readCall(frame, version, RpcConnection.MAX_MESSAGE_ID_LENGTH) != null) {
        fastFrames++;
      }
    }
    assertThat(fastFrames).as("frames the fast path reads").isGreaterThan(frames.size() / 10);
    for (Setup setup : Setup.values()) {
      List<Object> generic = run(false, version, setup, frames);
      List<Object> fast = run(true, version, setup, frames);
      assertThat(generic).as("%s %s", version, setup).hasSizeGreaterThan(frames.size());
      for (int i = 0; i < Math.min(generic.size(), fast.size()); i++) {
        assertThat(fast.get(i)).as("%s %s entry %d", version, setup, i).isEqualTo(generic.get(i));
      }
      assertThat(fast).hasSameSizeAs(generic);
    }
  }
}
