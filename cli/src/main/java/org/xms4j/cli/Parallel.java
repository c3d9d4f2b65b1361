package org.xms4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs a task per input on all cores and returns the results in input order. */
final class Parallel {

  private Parallel() {
  }

  /**
   * Applies a function to every input on a pool of {@link Runtime#availableProcessors()} threads.
   *
   * @param inputs the inputs
   * @param task the function; it reports its own failures in its result and should not throw
   * @return the results, in the order of the inputs
   * @throws IllegalStateException when the task throws (the cause is attached) or the thread is
   *     interrupted
   */
  static <I, O> List<O> map(List<I> inputs, Function<I, O> task) {
    if (inputs.size() <= 1) {
      List<O> out = new ArrayList<>();
      inputs.forEach(i -> out.add(task.apply(i)));
      return out;
    }
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "xms4j-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<O>> futures = new ArrayList<>();
      for (I i : inputs) {
        futures.add(pool.submit(() -> task.apply(i)));
      }
      List<O> out = new ArrayList<>();
      for (Future<O> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().toString(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
