package vn.learningcommunity.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent at the same moment, from as many threads, as two officials (or one, twice) would. */
public final class AtOnce {

  private AtOnce() {}

  /** The same call twice at once; the results in the order the calls were given. */
  public static <T> List<T> twice(Callable<T> call) throws Exception {
    return all(List.of(call, call));
  }

  /** Every call at once; their results in the order given. A call's exception is thrown here. */
  public static <T> List<T> all(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(1);
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> call : calls) {
        answers.add(threads.submit(() -> {
          ready.await();
          return call.call();
        }));
      }
      ready.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } finally {
      threads.shutdown();
    }
  }
}
