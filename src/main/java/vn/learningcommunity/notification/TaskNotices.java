package vn.learningcommunity.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.GroupNotified;
import vn.learningcommunity.tasklist.OnEveryUserTask;

/**
 * Tells officials by e-mail when a task arrives for their group (run on every user task, after its
 * title), when its deadline nears and when it is escalated: in Vietnamese,
 * with the task's due date and a link to it in Tasklist.
 */
@Component
@Order(2)
class TaskNotices implements OnEveryUserTask {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Outbox outbox;
  private final String publicUrl;

  TaskNotices(Outbox outbox, @Value("${learning-community.public-url:http://localhost:8080}") String publicUrl) {
    this.outbox = outbox;
    this.publicUrl = publicUrl;
  }

  /** After the title is set (the titles run first). */
  @Override
  public void created(DelegateTask task) {
    Set<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).collect(Collectors.toSet());
    outbox.enqueue("task:" + task.getId(), groups, "Công việc mới: " + task.getName(),
        "Kính gửi anh/chị,\n\nCó công việc mới giao cho đơn vị của anh/chị trên hệ thống đánh giá, công nhận "
            + "\"Cộng đồng học tập\":\n\n" + task.getName() + due(task) + "\n\nMở công việc: " + link(task.getId())
            + "\n\nThư này do hệ thống gửi tự động; xin đừng trả lời.");
  }

  @EventListener
  void onDeadline(GroupNotified notice) {
    String what = notice.escalated() ? "Quá hạn, đã báo cấp trên: " : "Sắp đến hạn: ";
    outbox.enqueue(notice.kind() + ":" + notice.taskId() + ":" + notice.groupId(), Set.of(notice.groupId()),
        what + notice.taskName(),
        "Kính gửi anh/chị,\n\n" + (notice.escalated()
            ? "Công việc sau đã quá hạn xử lý và đã được báo cho cấp trên theo dõi:\n\n"
            : "Công việc sau sắp đến hạn xử lý:\n\n") + notice.taskName()
            + (notice.due() == null ? "" : "\nHạn xử lý: " + DUE.format(notice.due().toInstant()))
            + "\n\nMở công việc: " + link(notice.taskId()) + "\n\nThư này do hệ thống gửi tự động; xin đừng trả lời.");
  }

  private static String due(DelegateTask task) {
    return task.getDueDate() == null ? "" : "\nHạn xử lý: " + DUE.format(task.getDueDate().toInstant());
  }

  private String link(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
