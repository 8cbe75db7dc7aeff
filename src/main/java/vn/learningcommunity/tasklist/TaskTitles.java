package vn.learningcommunity.tasklist;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every task says whose it is: "Kiểm tra hồ sơ đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026".
 * Added to every user task when a diagram is deployed, so that designers keep the plain step name in
 * the diagram and copy nothing from task to task.
 */
@Component
@Order(1)
public class TaskTitles extends AbstractProcessEnginePlugin {

  /** Between the step and the unit; what comes before it is the step as the diagram names it. */
  public static final String SEPARATOR = " — ";
  private static final int NAME_LIMIT = 255;

  private static final TaskListener TITLE = TaskTitles::title;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new java.util.ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, TITLE);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The step as the diagram names it, without the unit and year the title adds. */
  public static String stepOf(String taskName) {
    if (taskName == null) {
      return null;
    }
    int separator = taskName.indexOf(SEPARATOR);
    return separator < 0 ? taskName : taskName.substring(0, separator);
  }

  private static void title(DelegateTask task) {
    Object unit = task.getVariable("unitName");
    if (unit == null) {
      unit = task.getVariable("provinceName");
    }
    Object year = task.getVariable("evaluationYear");
    if (unit == null || task.getName() == null || task.getName().contains(SEPARATOR)) {
      return;
    }
    String title = task.getName() + SEPARATOR + unit + (year == null ? "" : ", năm " + year);
    task.setName(title.length() > NAME_LIMIT ? title.substring(0, NAME_LIMIT) : title);
  }
}
