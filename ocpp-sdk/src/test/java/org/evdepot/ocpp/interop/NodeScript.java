package org.evdepot.ocpp.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One of the interop scripts in {@code src/test/interop} running under {@code node}, with {@code
 * ocpp-rpc} resolved from the folder named by the system property {@code evdepot.interop.dir}
 * (where {@code npm install ocpp-rpc} was run). Every stdout line of the scripts is a JSON event;
 * an {@code error}, {@code strictValidationFailure} or {@code badMessage} event fails the wait that
 * sees it, naming what ocpp-rpc rejected.
 */
final class NodeScript implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final String name;
  private final Process process;
  private final BlockingQueue<JsonNode> pending = new LinkedBlockingQueue<>();
  private final List<JsonNode> seen = new CopyOnWriteArrayList<>();
  private final StringBuffer stderr = new StringBuffer();

  private NodeScript(String name, Process process) {
    this.name = name;
    this.process = process;
    daemon(name + "-stdout", () -> readEvents(process.getInputStream()));
    daemon(name + "-stderr", () -> readText(process.getErrorStream()));
  }

  /** Starts {@code node <script> <args...>}. */
  static NodeScript start(String script, String... args) {
    Path modules = interopDir().resolve("node_modules");
    if (!Files.isDirectory(modules.resolve("ocpp-rpc"))) {
      throw new IllegalStateException(
          "ocpp-rpc is not installed under "
              + modules
              + ": run `npm install --prefix <dir> ocpp-rpc@2.2.1` and pass"
              + " -Devdepot.interop.dir=<dir>");
    }
    Path scriptPath = scriptsDir().resolve(script);
    List<String> command = new ArrayList<>(List.of("node", scriptPath.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("NODE_PATH", modules.toAbsolutePath().toString());
    try {
      return new NodeScript(script, pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node (is it on the PATH?)", e);
    }
  }

  private static Path interopDir() {
    String dir = System.getProperty("evdepot.interop.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property evdepot.interop.dir is not set");
    }
    return Path.of(dir);
  }

  private static Path scriptsDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("src/test/interop");
  }

  /** Waits for the next event named {@code event}; fails on a failure event or timeout. */
  JsonNode await(String event) throws InterruptedException {
    return await(event, e -> true);
  }

  /** Waits for an event named {@code event} matching {@code test}. */
  JsonNode await(String event, Predicate<JsonNode> test) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonNode next = left <= 0 ? null : pending.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new AssertionError(
            name + ": no '" + event + "' event within " + WAIT + "; saw " + seen + diagnostics());
      }
      String kind = next.path("event").asText();
      if (kind.equals("error")
          || kind.equals("strictValidationFailure")
          || kind.equals("badMessage")) {
        throw new AssertionError(name + " reported " + next + diagnostics());
      }
      if (kind.equals(event) && test.test(next)) {
        return next;
      }
    }
  }

  /** The events named {@code event} seen so far, in order. */
  List<JsonNode> events(String event) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : seen) {
      if (e.path("event").asText().equals(event)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The {@code response} event of {@code method}: what the SDK answered to ocpp-rpc's CALL. */
  JsonNode responseTo(String method) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      for (JsonNode e : events("response")) {
        if (e.path("method").asText().equals(method)) {
          return e.path("response");
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + ": no response to " + method + " in " + seen);
      }
      Thread.sleep(10);
    }
  }

  /** The params of the {@code received} event of {@code method}: what the SDK sent. */
  JsonNode received(String method) throws InterruptedException {
    // The script logs what it received while answering, so its log line may still be in the pipe
    // when our call completes: poll the events seen until the deadline.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      for (JsonNode e : events("received")) {
        if (e.path("method").asText().equals(method)) {
          return e.path("params");
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + ": never received " + method + " in " + seen);
      }
      Thread.sleep(10);
    }
  }

  /** Waits for the process to exit and returns its exit code. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(name + " did not exit" + diagnostics());
    }
    return process.exitValue();
  }

  String diagnostics() {
    return stderr.length() == 0 ? "" : "\nstderr of " + name + ":\n" + stderr;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private void readEvents(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode event;
        try {
          event = JSON.readTree(line);
        } catch (IOException e) {
          ObjectNode text = JsonNodeFactory.instance.objectNode();
          text.put("event", "text");
          text.put("text", line);
          event = text;
        }
        seen.add(event);
        pending.add(event);
      }
    } catch (IOException e) {
      stderr.append("[stdout closed: ").append(e).append("]\n");
    }
  }

  private void readText(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        stderr.append(line).append('\n');
      }
    } catch (IOException e) {
      stderr.append("[stderr closed: ").append(e).append("]\n");
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }
}
