package org.evdepot.ocpi.examples;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
import org.evdepot.ocpi.v221.CommandResult;
import org.evdepot.ocpi.v221.CommandResultType;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.StartSession;
import org.evdepot.ocpi.v221.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny CPO and eMSP on 127.0.0.1: registration, a location push and pull, and a remote start with
 * its asynchronous result. Run with
 *
 * <pre>
 * mvn -q -pl ocpi-sdk -am test-compile
 * mvn -pl ocpi-sdk exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.evdepot.ocpi.examples.CpoEmspExample
 * </pre>
 */
public final class CpoEmspExample {
  private static final Logger LOG = LoggerFactory.getLogger(CpoEmspExample.class);

  private CpoEmspExample() {}

  /**
   * What the example did, for the test to check.
   *
   * @param emspAtCpo the eMSP as the CPO stored it
   * @param cpoAtEmsp the CPO as the eMSP stored it
   * @param pushed the location the eMSP stored after the CPO's push
   * @param pulled the locations the eMSP pulled from the CPO
   * @param answer the CPO's synchronous answer to START_SESSION
   * @param resultFor the command ID the asynchronous result arrived for
   * @param result the asynchronous result the eMSP got
   */
  public record Outcome(
      Partner emspAtCpo,
      Partner cpoAtEmsp,
      Location pushed,
      List<Location> pulled,
      CommandResponse answer,
      String resultFor,
      CommandResult result) {}

  /**
   * Runs the example.
   *
   * @param args unused
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    LOG.info("done: {}", run());
  }

  /**
   * Runs the example and returns what happened.
   *
   * @return the outcome
   * @throws Exception on failure
   */
  public static Outcome run() throws Exception {
    CountDownLatch resultArrived = new CountDownLatch(1);
    String[] resultFor = new String[1];
    CommandResult[] result = new CommandResult[1];
    List<OcpiVersion> versions = List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1);
    RoamingNode[] cpoRef = new RoamingNode[1];
    ExecutorService worker = Executors.newSingleThreadExecutor();
    CompletableFuture<Void> posted = new CompletableFuture<>();
    try (RoamingNode cpo =
            RoamingNode.cpo(
                versions,
                req -> {
                  StartSession start = req.as(StartSession.class);
                  Partner emsp = req.partner();
                  // A real CPO would ask the charger over OCPP first; here the result follows at
                  // once.
                  worker.execute(
                      () -> {
                        try {
                          cpoRef[0]
                              .clientFor(emsp)
                              .postResult(
                                  start.responseUrl(),
                                  ModuleId.COMMANDS,
                                  new CommandResult(CommandResultType.ACCEPTED, null));
                          posted.complete(null);
                        } catch (RuntimeException e) {
                          posted.completeExceptionally(e);
                        }
                      });
                  return new CommandResponse(CommandResponseType.ACCEPTED, 30, null);
                },
                100);
        RoamingNode emsp =
            RoamingNode.emsp(
                versions,
                (type, uid, res, partner, version) -> {
                  LOG.info("eMSP got {} result for {}: {}", type, uid, res);
                  resultFor[0] = uid;
                  result[0] = (CommandResult) res;
                  resultArrived.countDown();
                })) {
      cpoRef[0] = cpo;

      // 1. The eMSP hands token A to the CPO offline; the CPO registers.
      emsp.partners().addRegistrationToken("hello-token-A");
      Partner emspAtCpo = cpo.registrar().register(emsp.platform().versionsUrl(), "hello-token-A");
      LOG.info("CPO registered with eMSP: {}", emspAtCpo);

      // 2. The CPO pushes a location; the eMSP pulls the CPO's list.
      Location loc = Fixtures.location("NL", "CPO", "DEPOT1", Fixtures.T0);
      cpo.clientFor(emspAtCpo).put(ModuleId.LOCATIONS, loc, "NL", "CPO", "DEPOT1");
      cpo.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class)
          .put(new ObjectKey("NL", "CPO", "DEPOT1"), loc);
      Partner cpoAtEmsp = emsp.onlyPartner();
      Location pushed =
          emsp.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class)
              .find(new ObjectKey("NL", "CPO", "DEPOT1"))
              .orElse(null);
      List<Location> pulled =
          emsp.clientFor(cpoAtEmsp)
              .pull(ModuleId.LOCATIONS, Location.class, PullQuery.all())
              .toList();
      LOG.info("eMSP pulled {} location(s) from the CPO", pulled.size());

      // 3. The eMSP starts a session remotely.
      Token token = Fixtures.token("NL", "EMS", "CARD1");
      String responseUrl =
          emsp.platform().versionUrl(OcpiVersion.V2_2_1) + "/commands/START_SESSION/42";
      CommandResponse answer =
          emsp.clientFor(cpoAtEmsp)
              .command(
                  "START_SESSION",
                  new StartSession(responseUrl, token, "DEPOT1", "DEPOT1-E1", null, null),
                  CommandResponse.class);
      LOG.info("CPO answered START_SESSION: {}", answer);
      if (!resultArrived.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no asynchronous result within 10 s");
      }
      // Let the CPO's POST of the result complete before the servers stop.
      posted.get(10, TimeUnit.SECONDS);
      return new Outcome(emspAtCpo, cpoAtEmsp, pushed, pulled, answer, resultFor[0], result[0]);
    } finally {
      worker.shutdownNow();
    }
  }
}
