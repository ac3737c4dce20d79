package org.evdepot.ocpp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.internal.testkit.DefaultResponses;
import org.evdepot.ocpp.internal.testkit.PayloadSynthesizer;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action of both versions has a default request and a default response that are valid against
 * the schema and survive a round trip through the codec: the mocks can answer any CALL.
 */
class DefaultResponsesTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private final DefaultResponses defaults = new DefaultResponses(clock, 300);
  private final PayloadSynthesizer synth = new PayloadSynthesizer(clock);

  static Stream<ActionType<?, ?>> allActions() {
    return Stream.of(OcppVersion.values()).flatMap(v -> v.catalog().all().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allActions")
  void everyAction_hasValidDefaultRequestAndResponseFromTheRoleThatAnswersIt(
      ActionType<?, ?> action) throws Exception {
    OcppRequest<?> request = (OcppRequest<?>) synth.synthesize(action.requestType());
    assertThat(validate(action.requestCodec(), request)).isEmpty();
    assertThat(roundTrip(action.requestCodec(), request)).isEqualTo(request);

    OcppResponse response =
        action.initiator().chargingStationMaySend()
            ? defaults.csms(action, request)
            : defaults.station(action, request, new HashMap<>());
    assertThat(response).isInstanceOf(action.responseType());
    assertThat(validate(action.responseCodec(), response)).isEmpty();
    assertThat(roundTrip(action.responseCodec(), response)).isEqualTo(response);
  }

  @org.junit.jupiter.api.Test
  void startTransaction_defaultResponse_assignsANewAcceptedTransactionIdEachTime() {
    OcppRequest<?> start = synth.synthesize(V16Actions.START_TRANSACTION.requestType());
    var first =
        (org.evdepot.ocpp.v16.StartTransactionResponse)
            defaults.csms(V16Actions.START_TRANSACTION, start);
    var second =
        (org.evdepot.ocpp.v16.StartTransactionResponse)
            defaults.csms(V16Actions.START_TRANSACTION, start);
    assertThat(first.idTagInfo().status().wireValue()).isEqualTo("Accepted");
    assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<?> validate(MessageCodec codec, Object value) {
    return codec.validate(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object roundTrip(MessageCodec codec, Object value) throws Exception {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = RpcConnection.JSON.createGenerator(w)) {
      codec.write(g, value);
    }
    try (JsonParser p = RpcConnection.JSON.createParser(w.toString())) {
      p.nextToken();
      return codec.read(p, DecodeContext.strict());
    }
  }
}
