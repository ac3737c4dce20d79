package org.evdepot.bench.ocppcodec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.evdepot.bench.ocpp.BenchFrames;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.internal.codec.FastDecoder;
import org.evdepot.ocpp.internal.codec.FastDecoders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding (with full schema validation) and encoding of a typical MeterValues payload with the
 * generated streaming codecs, against Jackson's tree model (which neither types nor validates) as a
 * yardstick.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MeterValuesCodecBenchmark -f 1 -wi 2 -i
 * 3 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MeterValuesCodecBenchmark {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A 1.6 MeterValues.req as chargers send it every minute: energy, power, current, SoC. */
  static final String V16 =
      "{\"connectorId\":1,\"transactionId\":4711,\"meterValue\":[{\"timestamp\":"
          + "\"2026-11-27T08:15:00.000Z\",\"sampledValue\":["
          + "{\"value\":\"1263412\",\"context\":\"Sample.Periodic\",\"measurand\":"
          + "\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"},"
          + "{\"value\":\"148200.5\",\"context\":\"Sample.Periodic\",\"measurand\":"
          + "\"Power.Active.Import\",\"location\":\"Outlet\",\"unit\":\"W\"},"
          + "{\"value\":\"185.2\",\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\","
          + "\"phase\":\"L1\",\"unit\":\"A\"},"
          + "{\"value\":\"62\",\"context\":\"Sample.Periodic\",\"measurand\":\"SoC\","
          + "\"location\":\"EV\",\"unit\":\"Percent\"}]}]}";

  /** The same readings as a 2.0.1 MeterValuesRequest. */
  static final String V201 =
      "{\"evseId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-27T08:15:00.000Z\",\"sampledValue\":["
          + "{\"value\":1263412,\"context\":\"Sample.Periodic\",\"measurand\":"
          + "\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unitOfMeasure\":{\"unit\":\"Wh\"}},"
          + "{\"value\":148200.5,\"context\":\"Sample.Periodic\",\"measurand\":"
          + "\"Power.Active.Import\",\"location\":\"Outlet\",\"unitOfMeasure\":{\"unit\":\"W\"}},"
          + "{\"value\":185.2,\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\","
          + "\"phase\":\"L1\",\"unitOfMeasure\":{\"unit\":\"A\"}},"
          + "{\"value\":62,\"context\":\"Sample.Periodic\",\"measurand\":\"SoC\","
          + "\"location\":\"EV\",\"unitOfMeasure\":{\"unit\":\"Percent\"}}]}]}";

  /** The 1.6 MeterValues payload of the frame benchmarks: 10 sampled values, 1,386 characters. */
  static final String V16_TEN = payload(BenchFrames.V16_METER_VALUES);

  /** The 2.0.1 MeterValues payload of the frame benchmarks: 10 sampled values. */
  static final String V201_TEN = payload(BenchFrames.V201_METER_VALUES);

  private static final FastDecoder<org.evdepot.ocpp.v16.MeterValuesRequest> FAST_V16 =
      FastDecoders.forCodec(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC);
  private static final FastDecoder<org.evdepot.ocpp.v201.MeterValuesRequest> FAST_V201 =
      FastDecoders.forCodec(org.evdepot.ocpp.v201.MeterValuesRequest.CODEC);

  private byte[] v16Bytes;
  private byte[] v201Bytes;
  private org.evdepot.ocpp.v16.MeterValuesRequest v16Value;
  private final NullOutput sink = new NullOutput();

  private static String payload(BenchFrames frame) {
    String f = frame.frame();
    return f.substring(f.indexOf('{'), f.length() - 1);
  }

  @Setup
  public void setUp() throws IOException {
    if (FAST_V16 == null || FAST_V16.read(V16_TEN) == null || FAST_V201.read(V201_TEN) == null) {
      throw new IllegalStateException("the fast decoders are off or decline the benchmark frames");
    }
    v16Bytes = V16.getBytes(StandardCharsets.UTF_8);
    v201Bytes = V201.getBytes(StandardCharsets.UTF_8);
    v16Value = decode(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC, v16Bytes);
  }

  private static <T> T decode(MessageCodec<T> codec, byte[] bytes) throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      p.nextToken();
      return codec.read(p, new DecodeContext(ValidationMode.STRICT));
    }
  }

  /** 1.6 MeterValues.req: bytes to a validated record. */
  @Benchmark
  public Object decodeV16() throws IOException {
    return decode(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC, v16Bytes);
  }

  /** 2.0.1 MeterValuesRequest: bytes to a validated record (numbers as BigDecimal). */
  @Benchmark
  public Object decodeV201() throws IOException {
    return decode(org.evdepot.ocpp.v201.MeterValuesRequest.CODEC, v201Bytes);
  }

  private static <T> T decodeText(MessageCodec<T> codec, String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      T value = codec.read(p, new DecodeContext(ValidationMode.STRICT));
      if (p.nextToken() != null) {
        throw new IllegalStateException("trailing content");
      }
      return value;
    }
  }

  /** 1.6 MeterValues.req, 4 sampled values: the fast decoder (String to validated record). */
  @Benchmark
  public Object fastDecodeV16() {
    return FAST_V16.read(V16);
  }

  /** 1.6, 10 sampled values (the frame benchmarks' payload): generated codec from the String. */
  @Benchmark
  public Object decodeV16Ten() throws IOException {
    return decodeText(org.evdepot.ocpp.v16.MeterValuesRequest.CODEC, V16_TEN);
  }

  /** 1.6, 10 sampled values: the fast decoder; same record, same checks. */
  @Benchmark
  public Object fastDecodeV16Ten() {
    return FAST_V16.read(V16_TEN);
  }

  /** 2.0.1, 10 sampled values: generated codec from the String. */
  @Benchmark
  public Object decodeV201Ten() throws IOException {
    return decodeText(org.evdepot.ocpp.v201.MeterValuesRequest.CODEC, V201_TEN);
  }

  /** 2.0.1, 10 sampled values: the fast decoder. */
  @Benchmark
  public Object fastDecodeV201Ten() {
    return FAST_V201.read(V201_TEN);
  }

  /** 1.6 MeterValues.req: record to bytes. */
  @Benchmark
  public int encodeV16() throws IOException {
    sink.reset();
    try (JsonGenerator g = FACTORY.createGenerator(sink)) {
      org.evdepot.ocpp.v16.MeterValuesRequest.CODEC.write(g, v16Value);
    }
    return sink.count;
  }

  /** Yardstick: the same bytes to an untyped, unvalidated Jackson tree. */
  @Benchmark
  public JsonNode jacksonTreeV16() throws IOException {
    return MAPPER.readTree(v16Bytes);
  }

  /** Counts bytes and drops them. */
  static final class NullOutput extends java.io.OutputStream {
    int count;

    void reset() {
      count = 0;
    }

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
