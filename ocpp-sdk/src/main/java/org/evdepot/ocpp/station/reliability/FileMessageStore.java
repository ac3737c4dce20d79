package org.evdepot.ocpp.station.reliability;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.ocpp.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MessageStore} in an append-only journal file, so that queued transaction messages
 * survive a restart of the process.
 *
 * <p>Each change is one line of JSON appended to the file and, by default, synced to the device
 * ({@link FileChannel#force(boolean)}) before the method returns:
 *
 * <pre>
 * {"op":"add","seq":7,"v":"ocpp1.6","action":"StopTransaction","local":-2,"n":0,"payload":"{...}"}
 * {"op":"try","seq":7,"n":1}      a failed try
 * {"op":"del","seq":7}            acknowledged by a CALLRESULT, or dropped
 * {"op":"map","local":-2,"id":4711}
 * {"op":"floor","local":-2}       the lowest local transaction id handed out
 * </pre>
 *
 * When opened, the journal is replayed; a last line without its newline (a write torn by a crash)
 * is ignored, any other unreadable line fails the open. The journal is compacted (the live state
 * written to a temporary file, synced, and atomically moved over the journal) when opened and
 * whenever {@code compactAfter} obsolete lines have accumulated. Compaction keeps the most recent
 * {@value #KEPT_MAPPINGS} transaction id mappings.
 *
 * <p>A lock file ({@code <journal>.lock}) keeps a second store, in this or another process, from
 * opening the same journal.
 */
public final class FileMessageStore implements MessageStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileMessageStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many local-to-CSMS transaction id mappings survive a compaction. */
  public static final int KEPT_MAPPINGS = 10_000;

  private final Path file;
  private final boolean fsync;
  private final int compactAfter;
  private final LinkedHashMap<Long, StoredMessage> pending = new LinkedHashMap<>();
  private final LinkedHashMap<Integer, Integer> mappings = new LinkedHashMap<>();
  private final FileChannel lockChannel;
  private final FileLock lock;
  private FileChannel channel;
  private long lastSequence;
  private int lowestLocalId;
  private int obsoleteLines;
  private boolean closed;

  private FileMessageStore(Path file, boolean fsync, int compactAfter) {
    this.file = file;
    this.fsync = fsync;
    this.compactAfter = compactAfter;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = lockChannel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        lockChannel.close();
        throw new MessageStoreException("journal " + file + " is in use by another store");
      }
      lock = l;
      if (Files.exists(file)) {
        replay(Files.readAllBytes(file));
      }
      compact();
    } catch (IOException e) {
      throw new MessageStoreException("cannot open journal " + file, e);
    }
  }

  /** Opens (or creates) the journal at {@code file} with fsync on and the default compaction. */
  public static FileMessageStore open(Path file) {
    return builder(file).build();
  }

  /** A builder for a journal at {@code file}. */
  public static Builder builder(Path file) {
    return new Builder(file);
  }

  /** The journal file. */
  public Path file() {
    return file;
  }

  // ---------------------------------------------------------------- replay

  private void replay(byte[] bytes) {
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      if (end == bytes.length) {
        LOG.warn("journal {}: ignoring a torn last line ({} bytes)", file, end - start);
        return;
      }
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).trim();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      try {
        apply(JSON.readTree(line));
      } catch (IOException | RuntimeException e) {
        throw new MessageStoreException(
            "journal " + file + " is corrupt at line " + lineNo + ": " + e.getMessage(), e);
      }
    }
  }

  private void apply(JsonNode n) {
    String op = n.path("op").asText("");
    switch (op) {
      case "add":
        {
          long seq = n.get("seq").asLong();
          OcppVersion v =
              OcppVersion.fromSubprotocol(n.get("v").asText())
                  .orElseThrow(() -> new IllegalArgumentException("unknown version " + n.get("v")));
          Integer local = n.hasNonNull("local") ? n.get("local").asInt() : null;
          pending.put(
              seq,
              new StoredMessage(
                  seq,
                  v,
                  n.get("action").asText(),
                  n.get("payload").asText(),
                  local,
                  n.path("n").asInt(0)));
          lastSequence = Math.max(lastSequence, seq);
          if (local != null) {
            lowestLocalId = Math.min(lowestLocalId, local);
          }
          break;
        }
      case "try":
        pending.computeIfPresent(
            n.get("seq").asLong(), (k, m) -> m.withAttempts(n.get("n").asInt()));
        break;
      case "del":
        pending.remove(n.get("seq").asLong());
        lastSequence = Math.max(lastSequence, n.get("seq").asLong());
        break;
      case "map":
        mappings.put(n.get("local").asInt(), n.get("id").asInt());
        lowestLocalId = Math.min(lowestLocalId, n.get("local").asInt());
        break;
      case "floor":
        lowestLocalId = Math.min(lowestLocalId, n.get("local").asInt());
        lastSequence = Math.max(lastSequence, n.path("seq").asLong(0));
        break;
      default:
        throw new IllegalArgumentException("unknown op '" + op + "'");
    }
  }

  // ---------------------------------------------------------------- writing

  private static String addLine(StoredMessage m) {
    return line(
        g -> {
          g.writeStringField("op", "add");
          g.writeNumberField("seq", m.sequence());
          g.writeStringField("v", m.version().subprotocol());
          g.writeStringField("action", m.action());
          if (m.localTransactionId() != null) {
            g.writeNumberField("local", m.localTransactionId());
          }
          g.writeNumberField("n", m.attempts());
          g.writeStringField("payload", m.payload());
        });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String line(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new MessageStoreException("cannot encode a journal line", e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private void write(String text) {
    if (closed) {
      throw new MessageStoreException("store " + file + " is closed");
    }
    try {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      if (fsync) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new MessageStoreException("cannot write journal " + file, e);
    }
  }

  private void obsolete(int lines) {
    obsoleteLines += lines;
    if (obsoleteLines >= compactAfter) {
      try {
        compact();
      } catch (IOException e) {
        throw new MessageStoreException("cannot compact journal " + file, e);
      }
    }
  }

  /** Writes the live state to a new file and moves it over the journal. */
  private void compact() throws IOException {
    while (mappings.size() > KEPT_MAPPINGS) {
      Iterator<Integer> it = mappings.keySet().iterator();
      it.next();
      it.remove();
    }
    StringBuilder sb = new StringBuilder();
    long seq = lastSequence;
    int floor = lowestLocalId;
    sb.append(
        line(
            g -> {
              g.writeStringField("op", "floor");
              g.writeNumberField("local", floor);
              g.writeNumberField("seq", seq);
            }));
    for (Map.Entry<Integer, Integer> e : mappings.entrySet()) {
      sb.append(mapLine(e.getKey(), e.getValue()));
    }
    for (StoredMessage m : pending.values()) {
      sb.append(addLine(m));
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        out.write(buf);
      }
      if (fsync) {
        out.force(true);
      }
    }
    if (channel != null) {
      channel.close();
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    if (fsync) {
      syncDirectory();
    }
    channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    obsoleteLines = 0;
  }

  private void syncDirectory() {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for syncing; the rename is still atomic.
      LOG.debug("cannot sync directory {}: {}", dir, e.toString());
    }
  }

  private static String mapLine(int local, int id) {
    return line(
        g -> {
          g.writeStringField("op", "map");
          g.writeNumberField("local", local);
          g.writeNumberField("id", id);
        });
  }

  // ---------------------------------------------------------------- MessageStore

  @Override
  public synchronized StoredMessage append(
      OcppVersion version, String action, String payload, Integer localTransactionId) {
    StoredMessage m =
        new StoredMessage(lastSequence + 1, version, action, payload, localTransactionId, 0);
    write(addLine(m));
    lastSequence = m.sequence();
    pending.put(m.sequence(), m);
    return m;
  }

  @Override
  public synchronized void recordAttempts(long sequence, int attempts) {
    if (!pending.containsKey(sequence)) {
      return;
    }
    write(
        line(
            g -> {
              g.writeStringField("op", "try");
              g.writeNumberField("seq", sequence);
              g.writeNumberField("n", attempts);
            }));
    pending.computeIfPresent(sequence, (k, m) -> m.withAttempts(attempts));
    obsolete(1);
  }

  @Override
  public synchronized void remove(long sequence) {
    if (!pending.containsKey(sequence)) {
      return;
    }
    write(
        line(
            g -> {
              g.writeStringField("op", "del");
              g.writeNumberField("seq", sequence);
            }));
    pending.remove(sequence);
    obsolete(2);
  }

  @Override
  public synchronized List<StoredMessage> pending() {
    return List.copyOf(new ArrayList<>(pending.values()));
  }

  @Override
  public synchronized int allocateLocalTransactionId() {
    int id = lowestLocalId - 1;
    write(
        line(
            g -> {
              g.writeStringField("op", "floor");
              g.writeNumberField("local", id);
            }));
    lowestLocalId = id;
    obsolete(1);
    return id;
  }

  @Override
  public synchronized void mapTransaction(int localId, int transactionId) {
    write(mapLine(localId, transactionId));
    mappings.put(localId, transactionId);
  }

  @Override
  public synchronized Map<Integer, Integer> transactionMappings() {
    return Map.copyOf(mappings);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("cannot close journal {}: {}", file, e.toString());
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("cannot release the lock of {}: {}", file, e.toString());
    }
  }

  @Override
  public String toString() {
    return "FileMessageStore[" + file + "]";
  }

  /** Builder of {@link FileMessageStore}. */
  public static final class Builder {
    private final Path file;
    private boolean fsync = true;
    private int compactAfter = 1024;

    private Builder(Path file) {
      this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Whether every change is synced to the device before returning (default true). Turning it off
     * trades durability against power loss for speed; a crash of the process alone loses nothing.
     */
    public Builder fsync(boolean fsync) {
      this.fsync = fsync;
      return this;
    }

    /** Compacts after this many obsolete journal lines (default 1024, at least 1). */
    public Builder compactAfter(int lines) {
      if (lines < 1) {
        throw new IllegalArgumentException("compactAfter must be at least 1, was " + lines);
      }
      this.compactAfter = lines;
      return this;
    }

    /** Opens the journal (replaying and compacting it). */
    public FileMessageStore build() {
      return new FileMessageStore(file, fsync, compactAfter);
    }
  }
}
