package vn.learningcommunity.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Something done when any user task of any deployed diagram is created, without the designer adding
 * a listener to each task: beans of this type run in their {@code @Order}.
 */
public interface OnEveryUserTask {

  void created(DelegateTask task);
}
