package org.evdepot.bench.depotsim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Before/after comparison of one replan in one JVM: each given benchmarks jar is loaded in its own
 * class loader (so each has its own compiled code), and 1 s windows of thread CPU time alternate
 * between them, so a drift of the shared machine hits every jar alike. Three rounds of warm-up,
 * then the per-round µs/op and their median. Run from the repository root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.evdepot.bench.depotsim.AbCpuTimeMain llf 8 before.jar after.jar
 * </pre>
 */
public final class AbCpuTimeMain {
  private AbCpuTimeMain() {}

  /**
   * Runs the comparison.
   *
   * @param args strategy, rounds, then two or more jar paths
   * @throws Exception if a jar cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    String strategy = args[0];
    int rounds = Integer.parseInt(args[1]);
    int nj = args.length - 2;
    Object[] planner = new Object[nj];
    Object[] state = new Object[nj];
    Method[] plan = new Method[nj];
    for (int i = 0; i < nj; i++) {
      URL url = Path.of(args[2 + i]).toUri().toURL();
      ClassLoader cl = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
      Class<?> strat = cl.loadClass("org.evdepot.depotsim.plan.Strategy");
      Object s = strat.getMethod("parse", String.class).invoke(null, strategy);
      planner[i] = strat.getMethod("planner").invoke(s);
      state[i] =
          cl.loadClass("org.evdepot.bench.depotsim.ReplanBenchmark")
              .getMethod("depot", int.class, int.class, long.class)
              .invoke(null, 500, 288, 1L);
      plan[i] =
          cl.loadClass("org.evdepot.depotsim.plan.Planner")
              .getMethod("plan", cl.loadClass("org.evdepot.depotsim.plan.DepotState"));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] r = new double[nj][rounds];
    for (int round = -3; round < rounds; round++) {
      for (int i = 0; i < nj; i++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long stop = c0 + 1_000_000_000L;
        int n = 0;
        while (mx.getCurrentThreadCpuTime() < stop) {
          plan[i].invoke(planner[i], state[i]);
          n++;
        }
        if (round >= 0) {
          r[i][round] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
        }
      }
    }
    for (int i = 0; i < nj; i++) {
      double[] x = r[i].clone();
      Arrays.sort(x);
      StringBuilder sb = new StringBuilder();
      for (double d : r[i]) {
        sb.append(String.format(" %.0f", d));
      }
      System.out.printf(
          "%s %-12s median %.0f us/op  min %.0f  max %.0f  |%s%n",
          Path.of(args[2 + i]).getFileName(), strategy, x[rounds / 2], x[0], x[rounds - 1], sb);
    }
  }
}
