package org.evdepot.ocpp.station.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;
import org.evdepot.ocpp.OcppVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal-backed store: what it promises survives reopening, torn writes and compaction. The
 * contract part runs against the in-memory store too.
 */
class FileMessageStoreTest {
  @TempDir Path dir;

  private Path journal() {
    return dir.resolve("queue.journal");
  }

  private static void contract(Supplier<MessageStore> factory) {
    try (MessageStore s = factory.get()) {
      StoredMessage a = s.append(OcppVersion.V16, "StartTransaction", "{\"a\":1}", -1);
      StoredMessage b = s.append(OcppVersion.V16, "MeterValues", "{\"b\":2}", -1);
      StoredMessage c = s.append(OcppVersion.V201, "TransactionEvent", "{\"c\":3}", null);
      assertThat(List.of(a.sequence(), b.sequence(), c.sequence())).isSorted();
      assertThat(a.sequence()).isLessThan(b.sequence());
      s.remove(a.sequence());
      s.remove(a.sequence());
      s.recordAttempts(b.sequence(), 2);
      assertThat(s.pending())
          .extracting(StoredMessage::action, StoredMessage::attempts)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("MeterValues", 2),
              org.assertj.core.groups.Tuple.tuple("TransactionEvent", 0));
      int l1 = s.allocateLocalTransactionId();
      int l2 = s.allocateLocalTransactionId();
      assertThat(l1).isNegative();
      assertThat(l2).isLessThan(l1);
      s.mapTransaction(l1, 42);
      assertThat(s.transactionMappings()).containsEntry(l1, 42);
    }
  }

  @Test
  void inMemoryStore_keepsTheQueueInOrderAndTheMappings() {
    contract(InMemoryMessageStore::new);
  }

  @Test
  void fileStore_keepsTheQueueInOrderAndTheMappings() {
    contract(() -> FileMessageStore.open(journal()));
  }

  @Test
  void fileStore_reopened_hasThePendingMessagesMappingsAndNeverReusesIdsOrSequences() {
    long lastSeq;
    int local;
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      StoredMessage a = s.append(OcppVersion.V16, "StartTransaction", "{\"x\":\"é\\n\"}", null);
      StoredMessage b = s.append(OcppVersion.V16, "StopTransaction", "{}", -3);
      s.remove(a.sequence());
      s.recordAttempts(b.sequence(), 1);
      local = s.allocateLocalTransactionId();
      s.mapTransaction(local, 7);
      lastSeq = b.sequence();
    }
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      assertThat(s.pending()).hasSize(1);
      StoredMessage b = s.pending().get(0);
      assertThat(b.action()).isEqualTo("StopTransaction");
      assertThat(b.localTransactionId()).isEqualTo(-3);
      assertThat(b.attempts()).isEqualTo(1);
      assertThat(s.transactionMappings()).containsEntry(local, 7);
      assertThat(s.allocateLocalTransactionId()).isLessThan(Math.min(local, -3));
      s.remove(b.sequence());
      assertThat(s.append(OcppVersion.V16, "MeterValues", "{}", null).sequence())
          .isGreaterThan(lastSeq);
    }
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      assertThat(s.append(OcppVersion.V16, "MeterValues", "{}", null).sequence())
          .isGreaterThan(lastSeq + 1);
      assertThat(s.pending().get(0).payload()).isEqualTo("{}");
    }
  }

  @Test
  void fileStore_tornLastLine_isIgnoredAndTheRestIsKept() throws Exception {
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      s.append(OcppVersion.V201, "TransactionEvent", "{\"seqNo\":0}", null);
    }
    Files.writeString(
        journal(), "{\"op\":\"add\",\"seq\":9,\"v\":\"ocpp2", StandardOpenOption.APPEND);
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      assertThat(s.pending()).extracting(StoredMessage::payload).containsExactly("{\"seqNo\":0}");
    }
  }

  @Test
  void fileStore_corruptLineInTheMiddle_failsToOpenNamingTheLine() throws Exception {
    Files.writeString(
        journal(), "{\"op\":\"floor\",\"local\":0}\nnot json\n{\"op\":\"del\",\"seq\":1}\n");
    assertThatThrownBy(() -> FileMessageStore.open(journal()))
        .isInstanceOf(MessageStoreException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void fileStore_compactsObsoleteLines_soTheJournalStaysSmall() throws Exception {
    try (FileMessageStore s =
        FileMessageStore.builder(journal()).fsync(false).compactAfter(50).build()) {
      for (int i = 0; i < 500; i++) {
        StoredMessage m = s.append(OcppVersion.V16, "MeterValues", "{\"i\":" + i + "}", null);
        s.remove(m.sequence());
      }
      s.append(OcppVersion.V16, "StopTransaction", "{\"last\":true}", null);
      long lines =
          Files.readAllLines(journal(), StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .count();
      assertThat(lines).isLessThan(80);
    }
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      assertThat(s.pending()).extracting(StoredMessage::payload).containsExactly("{\"last\":true}");
      assertThat(s.pending().get(0).sequence()).isEqualTo(501);
    }
  }

  @Test
  void fileStore_secondStoreOnTheSameJournal_isRefused() {
    try (FileMessageStore s = FileMessageStore.open(journal())) {
      assertThatThrownBy(() -> FileMessageStore.open(journal()))
          .isInstanceOf(MessageStoreException.class)
          .hasMessageContaining("in use");
    }
  }

  @Test
  void retryPolicy_waitsIntervalTimesAttemptNumber_andRejectsNonsense() {
    RetryPolicy p = new RetryPolicy(3, java.time.Duration.ofSeconds(10));
    assertThat(p.delayAfter(1)).hasSeconds(10);
    assertThat(p.delayAfter(2)).hasSeconds(20);
    assertThatThrownBy(() -> new RetryPolicy(0, java.time.Duration.ZERO))
        .hasMessageContaining("attempts must be at least 1, was 0");
  }
}
