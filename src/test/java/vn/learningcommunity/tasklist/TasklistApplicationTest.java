package vn.learningcommunity.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/**
 * Tasklist as the officials see it, through the REST calls Tasklist makes: cards that say whose a
 * task is, and the filters — the unit's work by default, their own, due soon, overdue.
 */
class TasklistApplicationTest extends ApplicationTestSupport {

  String xuanBac;

  @BeforeEach
  void xuanBacAndXuanThanhOpen() {
    xuanBac = (String) http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class).getBody().get("processInstanceId");
    http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26434", "evaluationYear", 2026), Map.class);
  }

  @Test
  void everyTaskSaysWhoseItIs() {
    assertThat(tasksOf("xuanbacdanhgia")).singleElement().satisfies(task -> assertThat(task.get("name"))
        .isEqualTo("Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026"));
    assertThat(tasksOf("xuanthanhdanhgia")).singleElement().satisfies(task -> assertThat(task.get("name"))
        .isEqualTo("Tự đánh giá theo tiêu chí — Xã Xuân Thành (Tỉnh Đồng Nai), năm 2026"));
  }

  @Test
  void theUnitsWorkComesFirstAndACoordinatorSeesOnlyWorkOfTheirOwn() {
    List<Map<String, Object>> filters = filters("dongnaidieuphoi");
    assertThat(filters).extracting(f -> f.get("name")).containsExactlyInAnyOrder(TasklistFilters.UNIT, TasklistFilters.MINE,
        TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
    assertThat(filters.stream().min(java.util.Comparator.comparingInt(f -> priority(f))).orElseThrow().get("name"))
        .isEqualTo(TasklistFilters.UNIT);

    // the coordinator's default list holds none of the communes' tasks, each commune its own
    assertThat(list("dongnaidieuphoi", TasklistFilters.UNIT)).isEmpty();
    assertThat(list("xuanbacdanhgia", TasklistFilters.UNIT)).extracting(t -> t.get("name"))
        .containsExactly("Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");

    // claimed, it is the official's own
    assertThat(list("xuanbacdanhgia", TasklistFilters.MINE)).isEmpty();
    String task = onlyTaskOf("xuanbacdanhgia");
    post("xuanbacdanhgia", "/engine-rest/task/" + task + "/claim", Map.of("userId", "xuanbacdanhgia"));
    assertThat(list("xuanbacdanhgia", TasklistFilters.MINE)).extracting(t -> t.get("id")).containsExactly(task);
    assertThat(list("xuanthanhdanhgia", TasklistFilters.MINE)).isEmpty();
  }

  @Test
  void dueSoonAndOverdueFollowTheEngineClock() {
    // the self-assessment is due on 08/01/2027 at 17:00
    assertThat(list("xuanbacdanhgia", TasklistFilters.DUE_SOON)).isEmpty();
    ClockUtil.setCurrentTime(at("2027-01-06T09:00:00+07:00"));
    assertThat(list("xuanbacdanhgia", TasklistFilters.DUE_SOON)).hasSize(1);
    assertThat(list("xuanbacdanhgia", TasklistFilters.OVERDUE)).isEmpty();
    ClockUtil.setCurrentTime(at("2027-01-09T09:00:00+07:00"));
    assertThat(list("xuanbacdanhgia", TasklistFilters.OVERDUE)).extracting(t -> t.get("processInstanceId"))
        .containsExactly(xuanBac);
    assertThat(list("xuanbacdanhgia", TasklistFilters.DUE_SOON)).isEmpty();
  }

  private static int priority(Map<String, Object> filter) {
    return ((Number) ((Map<?, ?>) filter.get("properties")).get("priority")).intValue();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> filters(String user) {
    return http.withBasicAuth(user, "demo").getForObject("/engine-rest/filter?resourceType=Task", List.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String user, String filterName) {
    String id = (String) filters(user).stream().filter(f -> filterName.equals(f.get("name"))).findFirst().orElseThrow()
        .get("id");
    return post(user, "/engine-rest/filter/" + id + "/list", Map.of()).getBody();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ResponseEntity<List> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), List.class);
  }
}
