package vn.learningcommunity.testsupport;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Stands in for an application delegate in plain-engine tests: notes its call and sets what the process reads next. */
public record RecordingDelegate(String name, List<String> calls, Consumer<DelegateExecution> effect) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    calls.add(name);
    effect.accept(execution);
  }
}
