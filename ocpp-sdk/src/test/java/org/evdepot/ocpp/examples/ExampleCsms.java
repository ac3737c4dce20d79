package org.evdepot.ocpp.examples;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.SessionListener;
import org.evdepot.ocpp.v16.AuthorizationStatus;
import org.evdepot.ocpp.v16.AuthorizeResponse;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.HeartbeatResponse;
import org.evdepot.ocpp.v16.IdTagInfo;
import org.evdepot.ocpp.v16.MeterValuesResponse;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.StatusNotificationResponse;
import org.evdepot.ocpp.v16.StopTransactionResponse;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal CSMS: accepts every boot, authorizes every tag, hands out transaction ids and logs the
 * meter values it receives. OCPP 1.6 fully, OCPP 2.0.1 boots and heartbeats.
 *
 * <p>Run: {@code mvn -pl ocpp-sdk test-compile exec:java
 * -Dexec.mainClass=org.evdepot.ocpp.examples.ExampleCsms -Dexec.classpathScope=test} (port 8887,
 * chargers connect to {@code ws://localhost:8887/ocpp/<id>}).
 */
public final class ExampleCsms {
  private static final Logger LOG = LoggerFactory.getLogger(ExampleCsms.class);

  private ExampleCsms() {}

  /** Builds (does not start) the example server on {@code port}. */
  public static OcppCsmsServer create(int port) {
    AtomicInteger transactionIds = new AtomicInteger();
    Handlers v16 =
        Handlers.builder()
            .on(
                V16Actions.BOOT_NOTIFICATION,
                (req, ctx) -> {
                  LOG.info(
                      "{} booted: {} {}",
                      ctx.chargePointId(),
                      req.chargePointVendor(),
                      req.chargePointModel());
                  return new BootNotificationResponse(
                      RegistrationStatus.ACCEPTED, Instant.now(), 60);
                })
            .on(V16Actions.HEARTBEAT, (req, ctx) -> new HeartbeatResponse(Instant.now()))
            .on(V16Actions.STATUS_NOTIFICATION, (req, ctx) -> new StatusNotificationResponse())
            .on(
                V16Actions.AUTHORIZE,
                (req, ctx) ->
                    new AuthorizeResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED)))
            .on(
                V16Actions.START_TRANSACTION,
                (req, ctx) ->
                    new StartTransactionResponse(
                        new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED),
                        transactionIds.incrementAndGet()))
            .on(
                V16Actions.METER_VALUES,
                (req, ctx) -> {
                  req.meterValue()
                      .forEach(
                          mv ->
                              mv.sampledValue()
                                  .forEach(
                                      sv ->
                                          LOG.info(
                                              "{} tx {} {} = {} {}",
                                              ctx.chargePointId(),
                                              req.transactionId(),
                                              sv.measurand() == null
                                                  ? "Energy.Active.Import.Register"
                                                  : sv.measurand().wireValue(),
                                              sv.value(),
                                              sv.unit() == null ? "Wh" : sv.unit().wireValue())));
                  return new MeterValuesResponse();
                })
            .on(V16Actions.STOP_TRANSACTION, (req, ctx) -> new StopTransactionResponse(null))
            .build();
    Handlers v201 =
        Handlers.builder()
            .on(
                V201Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.BootNotificationResponse(
                        null,
                        Instant.now(),
                        60,
                        org.evdepot.ocpp.v201.RegistrationStatusEnum.ACCEPTED,
                        null))
            .on(
                V201Actions.HEARTBEAT,
                (req, ctx) -> new org.evdepot.ocpp.v201.HeartbeatResponse(null, Instant.now()))
            .build();
    return OcppCsmsServer.builder()
        .port(port)
        .basePath("/ocpp")
        .version(V16Actions.CATALOG, v16)
        .version(V201Actions.CATALOG, v201)
        .sessionListener(
            new SessionListener() {
              @Override
              public void onOpen(OcppSession session) {
                LOG.info(
                    "{} connected ({})", session.chargePointId(), session.version().subprotocol());
              }
            })
        .build();
  }

  /** Starts the example on port 8887 and runs until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8887;
    OcppCsmsServer server = create(port);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    Thread.currentThread().join();
  }
}
