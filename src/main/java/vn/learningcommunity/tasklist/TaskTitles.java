package vn.learningcommunity.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every task says whose it is: "Kiểm tra hồ sơ đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026".
 * Run on every user task ({@link OnEveryUserTask}, first), so that designers keep the plain step name
 * in the diagram and copy nothing from task to task.
 */
@Component
@Order(1)
public class TaskTitles implements OnEveryUserTask {

  /** Between the step and the unit; what comes before it is the step as the diagram names it. */
  public static final String SEPARATOR = " — ";
  private static final int NAME_LIMIT = 255;

  /** The step as the diagram names it, without the unit and year the title adds. */
  public static String stepOf(String taskName) {
    if (taskName == null) {
      return null;
    }
    int separator = taskName.indexOf(SEPARATOR);
    return separator < 0 ? taskName : taskName.substring(0, separator);
  }

  @Override
  public void created(DelegateTask task) {
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
