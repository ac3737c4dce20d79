package org.evdepot.telematics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.evdepot.telematics.geotab.GeotabProvider;
import org.evdepot.telematics.push.WebhookProvider;
import org.evdepot.telematics.samsara.SamsaraProvider;
import org.evdepot.telematics.smartcar.SmartcarProvider;
import org.evdepot.telematics.tesla.TeslaFleetProvider;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.SnapshotInvariants;
import org.junit.jupiter.api.Test;

/**
 * Mutates the documented fixtures at random (wrong types, nulls, extremes, missing keys) and checks
 * every decoder against a simple model: it never throws, and after the plausibility check every
 * snapshot satisfies the invariants.
 */
class DecoderFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
  private static final VehicleRef REF = new VehicleRef("v", "p", "x");
  private static final int ROUNDS = 1500;

  private static final JsonNode[] REPLACEMENTS = {
    JsonNodeFactory.instance.nullNode(),
    JsonNodeFactory.instance.textNode("garbage"),
    JsonNodeFactory.instance.textNode("2026-13-45T99:99:99Z"),
    JsonNodeFactory.instance.textNode("2099-01-01T00:00:00Z"),
    JsonNodeFactory.instance.numberNode(-1),
    JsonNodeFactory.instance.numberNode(101),
    JsonNodeFactory.instance.numberNode(1e308),
    JsonNodeFactory.instance.numberNode(-1e308),
    JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
    JsonNodeFactory.instance.numberNode(0.5),
    JsonNodeFactory.instance.booleanNode(true),
    JsonNodeFactory.instance.objectNode(),
    JsonNodeFactory.instance.arrayNode(),
  };

  private static void fuzz(String fixture, Function<JsonNode, List<VehicleSnapshot>> decoder)
      throws Exception {
    JsonNode original = MAPPER.readTree(Fixtures.read(fixture));
    SplittableRandom rnd = new SplittableRandom(fixture.hashCode());
    Plausibility plausibility = Plausibility.standard();
    for (int round = 0; round < ROUNDS; round++) {
      JsonNode copy = original.deepCopy();
      int mutations = 1 + rnd.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        mutate(copy, rnd);
      }
      List<VehicleSnapshot> out = decoder.apply(copy);
      for (VehicleSnapshot s : out) {
        SnapshotInvariants.check(plausibility.check(s, NOW).snapshot());
      }
    }
  }

  /** Replaces or removes one randomly chosen value somewhere in the tree. */
  private static void mutate(JsonNode root, SplittableRandom rnd) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode c = containers.get(rnd.nextInt(containers.size()));
    if (c instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = o.fieldNames();
      it.forEachRemaining(names::add);
      String name = names.get(rnd.nextInt(names.size()));
      if (rnd.nextInt(5) == 0) {
        o.remove(name);
      } else {
        o.set(name, REPLACEMENTS[rnd.nextInt(REPLACEMENTS.length)]);
      }
    } else if (c instanceof ArrayNode a && a.size() > 0) {
      a.set(rnd.nextInt(a.size()), REPLACEMENTS[rnd.nextInt(REPLACEMENTS.length)]);
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      n.forEach(child -> collect(child, out));
    }
  }

  @Test
  void samsaraDecoder_survivesMutatedFeeds() throws Exception {
    fuzz(
        "samsara/feed-first.json",
        root -> {
          List<VehicleSnapshot> out = new ArrayList<>();
          for (JsonNode item : root.path("data")) {
            out.add(SamsaraProvider.decode(REF, item, NOW));
          }
          return out;
        });
  }

  @Test
  void teslaDecoder_survivesMutatedVehicleData() throws Exception {
    fuzz(
        "tesla/vehicle-data.json",
        root ->
            List.of(TeslaFleetProvider.decode(REF, root.path("response"), NOW, SocBasis.USABLE)));
  }

  @Test
  void smartcarDecoder_survivesMutatedBatches() throws Exception {
    fuzz(
        "smartcar/batch-metric.json",
        root -> List.of(SmartcarProvider.decodeBatch(REF, root.path("responses"), NOW)));
  }

  @Test
  void geotabDecoder_survivesMutatedMultiCalls() throws Exception {
    fuzz(
        "geotab/multicall.json",
        root -> {
          JsonNode r = root.path("result");
          return List.of(
              GeotabProvider.decode(
                  REF, r.path(0), r.path(1), r.path(2), r.path(3), r.path(4), NOW));
        });
  }

  @Test
  void webhookDecoder_survivesMutatedReports() throws Exception {
    fuzz("push/report-knots.json", root -> List.of(WebhookProvider.decode(REF, root, NOW)));
  }

  @Test
  void fuzzing_reallyMutates() throws Exception {
    JsonNode original = MAPPER.readTree(Fixtures.read("tesla/vehicle-data.json"));
    JsonNode copy = original.deepCopy();
    mutate(copy, new SplittableRandom(1));
    assertThat(copy).isNotEqualTo(original);
  }
}
