package org.evdepot.ocpp.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppMessage;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of every valid example (a field removed, a value of another JSON type, an
 * unknown field, an emptied or grown array): the codecs either accept the payload, and then what
 * they write decodes to an equal value, or reject it with an {@link OcppDecodeException}; never any
 * other exception.
 */
class MutationFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MUTATIONS_PER_EXAMPLE = 15;

  @Test
  void mutatedPayloadsAreAcceptedConsistentlyOrRejectedWithAViolation() throws Exception {
    Random random = new Random(20261127L);
    int accepted = 0;
    int rejected = 0;
    for (Vectors.Example e : Vectors.examples()) {
      ActionType<?, ?> action = e.version().catalog().find(e.action()).orElseThrow();
      for (int i = 0; i < MUTATIONS_PER_EXAMPLE; i++) {
        JsonNode mutated = e.payload().deepCopy();
        mutated = mutate(mutated, random);
        String json = Vectors.MAPPER.writeValueAsString(mutated);
        for (DecodeContext ctx : List.of(DecodeContext.strict(), DecodeContext.lenient())) {
          try {
            OcppMessage m = OcppJson.read(action, e.request(), json, ctx);
            OcppMessage again =
                OcppJson.read(action, e.request(), OcppJson.toJson(m), DecodeContext.strict());
            assertThat(again).as("%s re-read of %s", e, json).isEqualTo(m);
            accepted++;
          } catch (OcppDecodeException expected) {
            assertThat(expected.violation().message()).isNotBlank();
            rejected++;
          } catch (RuntimeException unexpected) {
            throw new AssertionError(e + " with " + json + " threw " + unexpected, unexpected);
          }
        }
      }
    }
    assertThat(accepted).isPositive();
    assertThat(rejected).isPositive();
  }

  private static JsonNode mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return randomValue(random);
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      int op = random.nextInt(3);
      if (op == 0 || names.isEmpty()) {
        o.set("x" + random.nextInt(100), randomValue(random));
      } else if (op == 1) {
        o.remove(names.get(random.nextInt(names.size())));
      } else {
        o.set(names.get(random.nextInt(names.size())), randomValue(random));
      }
    } else if (target instanceof ArrayNode a) {
      int op = random.nextInt(3);
      if (op == 0) {
        a.removeAll();
      } else if (op == 1 && a.size() > 0) {
        a.add(a.get(0).deepCopy());
      } else {
        a.add(randomValue(random));
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(n -> collect(n, out));
    }
  }

  private static JsonNode randomValue(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextInt(1000) - 500);
      case 3:
        return NODES.numberNode(new BigInteger("123456789012345678901234567890"));
      case 4:
        return NODES.numberNode(random.nextDouble() * 1e6);
      case 5:
        return NODES.textNode("x".repeat(random.nextInt(600)));
      case 6:
        return NODES.textNode("2026-11-27T08:15:00" + (random.nextBoolean() ? "Z" : ""));
      case 7:
        return NODES.objectNode().put("a", 1);
      case 8:
        return NODES.arrayNode().add(1).add("b");
      default:
        return NODES.textNode("Accepted");
    }
  }
}
