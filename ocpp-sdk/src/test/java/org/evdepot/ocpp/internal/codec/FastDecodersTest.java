package org.evdepot.ocpp.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.Violation;
import org.junit.jupiter.api.Test;

/**
 * Differential tests of the fast decoders against the generated codecs: on valid payloads and on
 * seeded random mutations of them, the fast decoder either returns a value equal to the generated
 * codec's (which then accepts the payload in strict mode, and in lenient mode without a warning) or
 * declines; and {@link OcppJson#read} gives exactly the generated codec's outcome (value, or
 * violation and message) either way.
 */
class FastDecodersTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What a read produced: a value (and lenient warnings), or an error description. */
  record Outcome(Object value, List<Violation> warnings, String error) {}

  static Outcome generic(MessageCodec<?> codec, String json, DecodeContext ctx) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      Object value = codec.read(p, ctx);
      if (p.nextToken() != null) {
        return new Outcome(null, null, "FORMAT trailing content");
      }
      return new Outcome(value, ctx.warnings(), null);
    } catch (OcppDecodeException e) {
      return new Outcome(null, null, e.violation().toString());
    } catch (IOException e) {
      return new Outcome(null, null, "JSON " + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(null, null, "CRASH " + e);
    }
  }

  static Outcome viaOcppJson(MessageCodec<?> codec, String json, DecodeContext ctx) {
    try {
      Object value = OcppJson.read(codec, json, ctx);
      return new Outcome(value, ctx.warnings(), null);
    } catch (OcppDecodeException e) {
      String v = e.violation().toString();
      return new Outcome(null, null, v.equals(TRAILING.toString()) ? "FORMAT trailing content" : v);
    } catch (UncheckedIOException e) {
      return new Outcome(null, null, "JSON " + e.getCause().getMessage());
    } catch (RuntimeException e) {
      return new Outcome(null, null, "CRASH " + e);
    }
  }

  private static final Violation TRAILING =
      new Violation(
          org.evdepot.ocpp.codec.ViolationKind.FORMAT,
          "",
          "unexpected content after the payload object");

  private static final class Stats {
    int fast;
    int declined;
    int genericAccepted;
  }

  private static void check(FastDecoder<?> fast, MessageCodec<?> codec, String json, Stats stats) {
    Object f;
    try {
      f = fast.read(json);
    } catch (RuntimeException e) {
      throw new AssertionError("fast decoder threw on " + json, e);
    }
    Outcome strict = generic(codec, json, DecodeContext.strict());
    Outcome lenient = generic(codec, json, DecodeContext.lenient());
    if (strict.error() == null) {
      stats.genericAccepted++;
    }
    if (f != null) {
      stats.fast++;
      assertThat(strict.error()).as("generic strict outcome of fast-accepted %s", json).isNull();
      assertThat(f).as("fast value of %s", json).isEqualTo(strict.value());
      assertThat(lenient.value()).as("lenient value of %s", json).isEqualTo(f);
      assertThat(lenient.warnings()).as("lenient warnings of %s", json).isEmpty();
    } else {
      stats.declined++;
    }
    assertThat(viaOcppJson(codec, json, DecodeContext.strict()))
        .as("OcppJson.read strict of %s", json)
        .isEqualTo(strict);
    assertThat(viaOcppJson(codec, json, DecodeContext.lenient()))
        .as("OcppJson.read lenient of %s", json)
        .isEqualTo(lenient);
  }

  @Test
  void benchmarkShapesAndVectorsTakeTheFastPath() {
    assertThat(V16MeterValuesDecoder.INSTANCE.read(MeterValuesCorpus.V16_BENCH))
        .isNotNull()
        .isEqualTo(
            generic(
                    org.evdepot.ocpp.v16.MeterValuesRequest.CODEC,
                    MeterValuesCorpus.V16_BENCH,
                    DecodeContext.strict())
                .value());
    assertThat(V201MeterValuesDecoder.INSTANCE.read(MeterValuesCorpus.V201_BENCH))
        .isNotNull()
        .isEqualTo(
            generic(
                    org.evdepot.ocpp.v201.MeterValuesRequest.CODEC,
                    MeterValuesCorpus.V201_BENCH,
                    DecodeContext.strict())
                .value());
    assertThat(V16MeterValuesDecoder.INSTANCE.read(MeterValuesCorpus.vector(OcppVersion.V16)))
        .isNotNull();
    assertThat(V201MeterValuesDecoder.INSTANCE.read(MeterValuesCorpus.vector(OcppVersion.V201)))
        .isNotNull();
    String te = MeterValuesCorpus.V201_TRANSACTION_EVENT_BENCH;
    assertThat(V201TransactionEventDecoder.INSTANCE.read(te))
        .isNotNull()
        .isEqualTo(
            generic(org.evdepot.ocpp.v201.TransactionEventRequest.CODEC, te, DecodeContext.strict())
                .value());
  }

  @Test
  void v16AgreesWithTheGeneratedCodec() {
    differential(
        OcppVersion.V16,
        V16MeterValuesDecoder.INSTANCE,
        org.evdepot.ocpp.v16.MeterValuesRequest.CODEC);
  }

  @Test
  void v201AgreesWithTheGeneratedCodec() {
    differential(
        OcppVersion.V201,
        V201MeterValuesDecoder.INSTANCE,
        org.evdepot.ocpp.v201.MeterValuesRequest.CODEC);
  }

  @Test
  void v201TransactionEventAgreesWithTheGeneratedCodec() {
    Random r = new Random(20261128L);
    differential(
        MeterValuesCorpus.validTransactionEvents(r, 400),
        r,
        V201TransactionEventDecoder.INSTANCE,
        org.evdepot.ocpp.v201.TransactionEventRequest.CODEC);
  }

  private static void differential(
      OcppVersion version, FastDecoder<?> fast, MessageCodec<?> codec) {
    Random r = new Random(20261127L + version.ordinal());
    differential(MeterValuesCorpus.valid(version, r, 400), r, fast, codec);
  }

  private static void differential(
      List<String> valid, Random r, FastDecoder<?> fast, MessageCodec<?> codec) {
    Stats validStats = new Stats();
    for (String json : valid) {
      check(fast, codec, json, validStats);
    }
    Stats mutatedStats = new Stats();
    for (String json : valid) {
      for (int i = 0; i < 10; i++) {
        check(fast, codec, MeterValuesCorpus.mutate(json, r), mutatedStats);
      }
    }
    // Most valid payloads are plain enough for the fast path (the rest carry escapes, characters
    // above U+00FF, 10+ digit numbers, lenient-only date-times, customData, ...).
    assertThat(validStats.fast).isGreaterThan(valid.size() / 2);
    // The mutations produce both outcomes, and the fast path still takes some (whitespace, ...).
    assertThat(mutatedStats.fast).isPositive();
    assertThat(mutatedStats.declined).isGreaterThan(mutatedStats.fast);
    assertThat(mutatedStats.genericAccepted).isGreaterThan(mutatedStats.fast);
  }

  @Test
  void declinesWhatItIsNotSureAbout() {
    String base = MeterValuesCorpus.V16_BENCH;
    FastDecoder<?> fast = V16MeterValuesDecoder.INSTANCE;
    assertThat(fast.read(base)).isNotNull();
    assertThat(fast.read(" \n" + base + "\t ")).isNotNull();
    // escape of a plain character: same value, but declined
    assertThat(fast.read(base.replace("\"Raw\"", "\"R\\u0061w\""))).isNull();
    // wrong case of an enumeration value (lenient mode would accept it with a warning)
    assertThat(fast.read(base.replace("\"Outlet\"", "\"outlet\""))).isNull();
    // unknown and repeated fields
    assertThat(fast.read(base.replace("{\"connectorId\"", "{\"x\":1,\"connectorId\""))).isNull();
    assertThat(fast.read(base.replace("{\"connectorId\"", "{\"connectorId\":2,\"connectorId\"")))
        .isNull();
    // date-time without offset
    assertThat(fast.read(base.replace("08:00:15Z", "08:00:15"))).isNull();
    // a surrogate pair: the one-byte copy is shorter than the text, so the frame is declined
    assertThat(fast.read(base.replace("52310", "52310\ud83d\ude00"))).isNull();
    // other text above U+00FF, Latin-1 text, a '?' and a lone surrogate in a string are read
    // exactly (values are cut from the original text)
    for (String value : List.of("52310\u20ac", "52\u00e9?10", "5\ud83d", "\ude00")) {
      String json = base.replace("52310", value);
      Object f = fast.read(json);
      assertThat(f).as(value).isNotNull();
      assertThat(f)
          .isEqualTo(
              generic(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC, json, DecodeContext.strict())
                  .value());
    }
    // ... but not in a place where only ASCII is valid
    assertThat(fast.read(base.replace("\"Raw\"", "\"R\u0101w\""))).isNull();
    // trailing content, numbers that are not plain ints
    assertThat(fast.read(base + "x")).isNull();
    assertThat(fast.read(base.replace(":1,", ":1.0,"))).isNull();
    assertThat(fast.read(base.replace(":1,", ":01,"))).isNull();
    assertThat(fast.read(base.replace(":1234,", ":1234567890,"))).isNull();
  }

  @Test
  void shortEnumerationValueAtTheEndOfTheText() {
    // "W" is matched 7 characters before the end: the word-wide comparison cannot be used there.
    String json =
        "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\","
            + "\"sampledValue\":[{\"value\":\"1\",\"unit\":\"W\"}]}]}";
    Object f = V16MeterValuesDecoder.INSTANCE.read(json);
    assertThat(f).isNotNull();
    assertThat(f)
        .isEqualTo(
            generic(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC, json, DecodeContext.strict())
                .value());
    assertThat(V16MeterValuesDecoder.INSTANCE.read(json.replace("\"W\"", "\"w\""))).isNull();
  }

  @Test
  void sampledValuesThatLeaveSchemaOrderPartWayAreReadAgainFromTheirStart() {
    // Each sampled value starts in schema order without whitespace (the one-comparison-per-member
    // path) and then deviates; the result must still be the generated codec's, or a decline.
    String v16 =
        "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\","
            + "\"sampledValue\":[%s]}]}";
    List<String> v16Samples =
        List.of(
            "{\"value\":\"1\",\"unit\":\"Wh\",\"context\":\"Sample.Periodic\"}",
            "{\"value\":\"1\",\"context\":\"Sample.Periodic\",\"context\":\"Sample.Clock\"}",
            "{\"value\":\"1\",\"context\":\"Sample.Periodic\" }",
            "{\"value\":\"1\",\"context\" :\"Sample.Periodic\"}",
            "{\"value\":\"1\",\"measurand\":\"Voltage\",\"format\":\"Raw\"}",
            "{\"value\":\"1\",\"unit\":\"Wh\",\"value\":\"2\"}",
            "{\"value\":\"1\",\"unit\":\"Wh\",\"x\":1}",
            "{\"value\":\"1\",\"unit\":\"Wh\",}",
            "{\"value\":\"1\",\"unit\":\"wh\"}",
            "{\"value\":\"1\"}",
            "{\"value\":\"1\",\"phase\":\"L1\",\"location\":\"Outlet\",\"unit\":\"W\"}");
    Stats stats = new Stats();
    for (String sample : v16Samples) {
      check(
          V16MeterValuesDecoder.INSTANCE,
          org.evdepot.ocpp.v16.MeterValuesRequest.CODEC,
          String.format(v16, sample),
          stats);
    }
    String v201 =
        "{\"evseId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:15Z\","
            + "\"sampledValue\":[%s]}]}";
    List<String> v201Samples =
        List.of(
            "{\"value\":1,\"unitOfMeasure\":{\"unit\":\"Wh\"},\"context\":\"Sample.Periodic\"}",
            "{\"value\":1,\"unitOfMeasure\":{\"multiplier\":3,\"unit\":\"Wh\"}}",
            "{\"value\":1,\"unitOfMeasure\":{\"unit\":\"Wh\",\"multiplier\":3}}",
            "{\"value\":1,\"unitOfMeasure\":{\"unit\":\"Wh\",\"multiplier\":3.5}}",
            "{\"value\":1,\"unitOfMeasure\":{}}",
            "{\"value\":1,\"unitOfMeasure\":{ }}",
            "{\"value\":1,\"unitOfMeasure\":{\"unit\":\"%s\"}}".formatted("u".repeat(21)),
            "{\"value\":1,\"measurand\":\"Voltage\",\"context\":\"Sample.Periodic\"}",
            "{\"value\":1,\"location\":\"Outlet\",\"location\":\"EV\"}",
            "{\"value\":1.50,\"phase\":\"L1-N\"}",
            "{\"value\":1e3}");
    for (String sample : v201Samples) {
      check(
          V201MeterValuesDecoder.INSTANCE,
          org.evdepot.ocpp.v201.MeterValuesRequest.CODEC,
          String.format(v201, sample),
          stats);
    }
    // Both outcomes occur: what deviates only in order is still read fast, the rest declined.
    assertThat(stats.fast).isGreaterThanOrEqualTo(8);
    assertThat(stats.declined).isGreaterThanOrEqualTo(8);
  }

  @Test
  void readCallChecksTheWholeFrame() {
    String frame = "[2,\"abc\",\"MeterValues\"," + MeterValuesCorpus.V16_BENCH + "]";
    FastDecoders.Call call = FastDecoders.readCall(frame, OcppVersion.V16, 36);
    assertThat(call).isNotNull();
    assertThat(call.messageId()).isEqualTo("abc");
    assertThat(call.action()).isSameAs(org.evdepot.ocpp.v16.V16Actions.METER_VALUES);
    assertThat(FastDecoders.readCall(frame, OcppVersion.V201, 36)).isNull();
    assertThat(FastDecoders.readCall(frame + " ", OcppVersion.V16, 36)).isNotNull();
    assertThat(FastDecoders.readCall(frame + "x", OcppVersion.V16, 36)).isNull();
    assertThat(FastDecoders.readCall(frame.replace("abc", ""), OcppVersion.V16, 36)).isNull();
    assertThat(FastDecoders.readCall(frame.replace("abc", "a".repeat(37)), OcppVersion.V16, 36))
        .isNull();
    assertThat(FastDecoders.readCall(frame.replace("[2,", "[3,"), OcppVersion.V16, 36)).isNull();
    assertThat(FastDecoders.readCall(frame.replace("[2,", "[2.0,"), OcppVersion.V16, 36)).isNull();
    assertThat(FastDecoders.readCall(frame.replace("}]}]}]", "}]}]},1]"), OcppVersion.V16, 36))
        .isNull();
    assertThat(
            FastDecoders.readCall(frame.replace("MeterValues", "MeterValue"), OcppVersion.V16, 36))
        .isNull();
  }
}
