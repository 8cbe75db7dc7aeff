package vn.learningcommunity.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.learningcommunity.startup.StartUpData;

/**
 * The filters every official finds in Tasklist, in this order: the work of their unit (the default:
 * a coordinator sees the follow-ups that are theirs, not every commune's task), their own, what is
 * due within three days, what is overdue. Each card shows the unit and the year. Created once, for
 * everyone; the engine's catch-all filter of the first version is replaced.
 */
@Component
@Order(1)
class TasklistFilters implements StartUpData {

  static final String UNIT = "Việc của đơn vị";
  static final String MINE = "Việc của tôi";
  static final String DUE_SOON = "Sắp đến hạn (3 ngày)";
  static final String OVERDUE = "Quá hạn";
  /** The catch-all filter created by the first versions (camunda.bpm.filter.create). */
  static final String FORMER_DEFAULT = "Tất cả công việc của tôi";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void ensure() {
    ensure(UNIT, -20, "Công việc giao cho nhóm của bạn hoặc cho bạn", ofMyGroups());
    ensure(MINE, -10, "Công việc bạn đã nhận", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(DUE_SOON, 0, "Đến hạn trong 3 ngày tới", ofMyGroups().dueAfterExpression("${now()}")
        .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    ensure(OVERDUE, 10, "Đã quá hạn xử lý", ofMyGroups().dueBeforeExpression("${now()}"));
    filters.createFilterQuery().filterName(FORMER_DEFAULT).list().stream().filter(former -> former.getOwner() == null)
        .forEach(former -> filters.deleteFilter(former.getId()));
  }

  private TaskQuery ofMyGroups() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", List.of(Map.of("name", "unitName", "label", "Đơn vị"),
        Map.of("name", "evaluationYear", "label", "Năm đánh giá")));
    Filter filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
