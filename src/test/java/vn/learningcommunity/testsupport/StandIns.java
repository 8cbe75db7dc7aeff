package vn.learningcommunity.testsupport;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Registers recording stand-ins for application delegates on the plain test engine. */
public final class StandIns {

  private StandIns() {}

  public static void record(List<String> calls, String name, Consumer<DelegateExecution> effect) {
    TestEngine.BEANS.put(name, new RecordingDelegate(name, calls, effect));
  }

  /** Delegates whose effect the test does not need: only their call is noted. */
  public static void recordOnly(List<String> calls, String... names) {
    for (String name : names) {
      record(calls, name, execution -> {});
    }
  }
}
