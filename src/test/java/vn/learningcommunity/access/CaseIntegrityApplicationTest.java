package vn.learningcommunity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.testsupport.AtOnce;

/**
 * The attack suite: each way around the forms an official could try through the engine's REST API
 * and the application's API, as the README's officials, is refused with a Vietnamese message and
 * leaves the case, its tasks, its variables and the application's tables exactly as they were.
 * Runs on H2 and, under -Ppostgres, on PostgreSQL.
 */
class CaseIntegrityApplicationTest extends ApplicationTestSupport {

  @Autowired TaskService taskService;
  @Autowired IdentityService identity;

  String xuanBac;
  String xuanThanh;

  @BeforeEach
  void openTwoCommuneCases() {
    xuanBac = open("26428");
    xuanThanh = open("26434");
    provisioning.ensureUser("hcmdieuphoi", "Điều phối", "TP. Hồ Chí Minh", "demo",
        provisioning.ensureGroup(UnitRole.PROVINCE_COORDINATOR, "79", "Thành phố Hồ Chí Minh"));
  }

  // ---- 1. A task accepts only its own form; the process owns everything else ----

  @Test
  void aSelfAssessmentCannotCarryRoutingUnitOrOtherStepsVariables() {
    String task = onlyTaskOf("xuanbacdanhgia");
    Map<String, Object> form = CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04");

    for (Map<String, Object> forged : List.of(
        Map.<String, Object>of("communeCode", "26434", "districtCode", "742", "provinceCode", "79"),
        Map.<String, Object>of("unitCode", "26428"),
        Map.<String, Object>of("appliedLevel", "2", "recognisedLevel", "2", "headDecision", "RECOGNISE"),
        Map.<String, Object>of("standingRecognition", "Mức độ 2", "overdue", false, "evaluationYear", 2020),
        Map.<String, Object>of("selfAssessedLevel", 2, "previousLevel", 1, "monthsSincePreviousDecision", 24))) {
      Map<String, Object> submission = new LinkedHashMap<>(form);
      submission.putAll(forged);
      for (String endpoint : List.of("submit-form", "complete")) {
        ResponseEntity<Map> refused = refusedUnchanged(() -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/" + endpoint,
            Map.of("variables", typed(submission))), HttpStatus.BAD_REQUEST);
        assertThat(message(refused)).startsWith("Biểu mẫu của công việc này không có").contains(forged.keySet().iterator().next());
      }
    }
    // and the same form without them goes through, the case staying with its own commune
    assertThat(submit("xuanbacdanhgia", task, form).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(xuanBac, "communeCode")).isEqualTo("26428");
    assertThat(taskService.createTaskQuery().processInstanceId(xuanBac).singleResult().getName())
        .isEqualTo("Phê duyệt kết quả, chọn mức đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    assertThat(tasksOf("xuanbacchutich")).hasSize(1);
  }

  @Test
  void variablesCannotBeWrittenOrDeletedAroundTheForm() {
    String task = onlyTaskOf("xuanbacdanhgia");
    String execution = xuanBac;
    List<Callable<ResponseEntity<Map>>> attempts = List.of(
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/variables",
            Map.of("modifications", Map.of("c5_1", Map.of("value", 999)))),
        () -> put("xuanbacdanhgia", "/engine-rest/task/" + task + "/variables/c5_1", Map.of("value", 999)),
        () -> put("xuanbacdanhgia", "/engine-rest/task/" + task + "/localVariables/c5_1", Map.of("value", 999)),
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/localVariables",
            Map.of("modifications", Map.of("communeCode", Map.of("value", "26434")))),
        () -> delete("xuanbacdanhgia", "/engine-rest/task/" + task + "/variables/communeCode"),
        () -> post("xuanbacdanhgia", "/engine-rest/process-instance/" + xuanBac + "/variables",
            Map.of("modifications", Map.of("districtCode", Map.of("value", "742")))),
        () -> put("xuanbacdanhgia", "/engine-rest/process-instance/" + xuanBac + "/variables/overdue", Map.of("value", false)),
        () -> delete("xuanbacdanhgia", "/engine-rest/process-instance/" + xuanBac + "/variables/standingRecognition"),
        () -> post("xuanbacdanhgia", "/engine-rest/execution/" + execution + "/localVariables",
            Map.of("modifications", Map.of("communeCode", Map.of("value", "26434")))),
        () -> post("xuanbacdanhgia", "/engine-rest/process-instance/" + xuanBac + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DecideRecognition")))),
        () -> post("xuanbacdanhgia", "/engine-rest/message", Map.of("messageName", "anything",
            "processVariables", Map.of("communeCode", Map.of("value", "26434")))),
        () -> post("xuanbacdanhgia", "/engine-rest/signal", Map.of("name", "anything")),
        () -> post("dongnaidieuphoi", "/engine-rest/process-instance/" + xuanBac + "/variables",
            Map.of("modifications", Map.of("evaluationYear", Map.of("value", 2020)))),
        () -> delete("dongnaidieuphoi", "/engine-rest/process-instance/" + xuanBac));
    for (Callable<ResponseEntity<Map>> attempt : attempts) {
      refusedUnchanged(attempt, HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void officialsOnlyWorkTheirOwnTasks() {
    String task = onlyTaskOf("xuanbacdanhgia");
    List<Callable<ResponseEntity<Map>>> attempts = List.of(
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/identity-links",
            Map.of("groupId", "xa26434danhgia", "type", "candidate")),
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/delegate", Map.of("userId", "xuanthanhdanhgia")),
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/assignee", Map.of("userId", "xuanthanhdanhgia")),
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/claim", Map.of("userId", "xuanthanhdanhgia")),
        () -> put("xuanbacdanhgia", "/engine-rest/task/" + task,
            Map.of("name", "Việc khác", "due", "2030-01-01T00:00:00.000+0700", "priority", 100)),
        () -> post("xuanbacdanhgia", "/engine-rest/task/create", Map.of("id", "mytask", "name", "Tự tạo")),
        () -> post("xuanthanhdanhgia", "/engine-rest/task/" + task + "/claim", Map.of("userId", "xuanthanhdanhgia")),
        () -> post("xuanthanhdanhgia", "/engine-rest/task/" + task + "/submit-form",
            Map.of("variables", typed(CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04")))),
        () -> post("dongnaisogd", "/engine-rest/task/" + task + "/complete", Map.of()),
        () -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/unclaim", Map.of()));
    for (Callable<ResponseEntity<Map>> attempt : attempts) {
      refusedUnchanged(attempt, HttpStatus.FORBIDDEN);
    }

    // what Tasklist offers them works: claim for oneself, comment, give back
    assertThat(post("xuanbacdanhgia", "/engine-rest/task/" + task + "/claim", Map.of("userId", "xuanbacdanhgia"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("xuanbacdanhgia");
    assertThat(post("xuanbacdanhgia", "/engine-rest/task/" + task + "/comment/create", Map.of("message", "Đang tổng hợp số liệu"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    refusedUnchanged(() -> post("xuanbacdanhgia", "/engine-rest/task/" + task + "/comment/create",
        Map.of("message", "x".repeat(EngineApiGuard.COMMENT_LIMIT + 1))), HttpStatus.BAD_REQUEST);
    assertThat(post("xuanbacdanhgia", "/engine-rest/task/" + task + "/unclaim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  @Test
  void tasklistsOwnApiIsGuardedTheSameWay() {
    String task = onlyTaskOf("xuanbacdanhgia");
    HttpHeaders session = tasklistLogin("xuanbacdanhgia");
    String before = state();
    ResponseEntity<Map> forged = http.exchange("/camunda/api/engine/engine/default/task/" + task + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", typed(Map.of("districtCode", "742"))), session), Map.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(forged)).contains("không có trường districtCode");
    ResponseEntity<Map> variables = http.exchange("/camunda/api/engine/engine/default/task/" + task + "/variables",
        HttpMethod.POST, new HttpEntity<>(Map.of("modifications", Map.of("c5_1", Map.of("value", 999))), session), Map.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertVietnamese(variables);
    assertThat(state()).isEqualTo(before);
    ResponseEntity<Map> claimed = http.exchange("/camunda/api/engine/engine/default/task/" + task + "/claim", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", "xuanbacdanhgia"), session), Map.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void everyDemoRoleIsRefusedTheWaysAroundTheForms() {
    String task = onlyTaskOf("xuanbacdanhgia");
    for (String official : List.of("xuanbacdanhgia", "xuanbacchutich", "xuanthanhdanhgia", "xuanlocphonggd", "xuanloctruongphong",
        "xuanlocubnd", "dongnaidieuphoi", "dongnaisogd", "dongnaikhuyenhoc", "dongnaigiamdoc", "dongnaiubnd", "bogdthamdinh",
        "bogdbotruong")) {
      List<Callable<ResponseEntity<Map>>> attempts = List.of(
          () -> post(official, "/engine-rest/process-instance/" + xuanBac + "/variables",
              Map.of("modifications", Map.of("communeCode", Map.of("value", "26434")))),
          () -> post(official, "/engine-rest/task/" + task + "/localVariables",
              Map.of("modifications", Map.of("overdue", Map.of("value", false)))),
          () -> put(official, "/engine-rest/task/" + task, Map.of("name", "Việc khác", "priority", 100)),
          () -> post(official, "/engine-rest/task/" + task + "/identity-links", Map.of("groupId", "xa26434danhgia", "type", "candidate")),
          () -> post(official, "/engine-rest/task/create", Map.of("name", "Tự tạo")),
          () -> post(official, "/engine-rest/process-definition/key/communeRecognition/start",
              Map.of("variables", typed(Map.of("communeCode", "26428", "evaluationYear", 2026)))),
          () -> post(official, "/engine-rest/process-instance/" + xuanBac + "/modification",
              Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_SelfAssessment")))),
          () -> post(official, "/engine-rest/message", Map.of("messageName", "x")),
          () -> delete(official, "/engine-rest/process-instance/" + xuanThanh));
      for (Callable<ResponseEntity<Map>> attempt : attempts) {
        refusedUnchanged(attempt, HttpStatus.FORBIDDEN);
      }
      if (!official.equals("xuanbacdanhgia")) {
        refusedUnchanged(() -> post(official, "/engine-rest/task/" + task + "/submit-form",
            Map.of("variables", typed(CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04")))), HttpStatus.FORBIDDEN);
      }
    }
  }

  @Test
  void theEngineItselfRefusesTaskUpdatesToTheTasksCandidates() {
    String task = onlyTaskOf("xuanbacdanhgia");
    identity.setAuthentication("xuanbacdanhgia", List.of(UnitRole.COMMUNE_ASSESSOR.groupId("26428")));
    try {
      // behind the guard, candidate groups hold TASK_WORK only: no UPDATE, no assignment to others
      assertThatThrownBy(() -> taskService.addCandidateGroup(task, "xa26434danhgia"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.setAssignee(task, "xuanthanhdanhgia"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.delegateTask(task, "xuanthanhdanhgia"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(taskService.getIdentityLinksForTask(task)).extracting(link -> link.getGroupId()).containsOnly("xa26428danhgia");
  }

  // ---- 2. Coordinators see their own province only ----

  @Test
  void coordinatorsReadTheirOwnProvincesCasesOnly() {
    assertThat(ids(get("dongnaidieuphoi", "/engine-rest/process-instance"))).contains(xuanBac, xuanThanh);
    assertThat(ids(get("dongnaidieuphoi", "/engine-rest/history/process-instance"))).contains(xuanBac, xuanThanh);
    assertThat(ids(get("hcmdieuphoi", "/engine-rest/process-instance"))).isEmpty();
    assertThat(ids(get("hcmdieuphoi", "/engine-rest/history/process-instance"))).isEmpty();
    assertThat(get("hcmdieuphoi", "/engine-rest/task").getBody()).isEqualTo("[]");
    ResponseEntity<Map> variables = http.withBasicAuth("hcmdieuphoi", "demo")
        .getForEntity("/engine-rest/process-instance/" + xuanBac + "/variables", Map.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertVietnamese(variables);
    // a commune's officials read no case at all through the process-instance API
    assertThat(ids(get("xuanbacdanhgia", "/engine-rest/process-instance"))).isEmpty();
  }

  // ---- 3. Cases start only where they should ----

  @Test
  void casesStartOnlyFromTheCampaignOrTheApplicationsApi() {
    refusedUnchanged(() -> post("dongnaidieuphoi", "/engine-rest/process-definition/key/communeRecognition/start",
        Map.of("businessKey", "26734-2026", "variables", typed(Map.of("communeCode", "25747", "evaluationYear", 2026)))),
        HttpStatus.FORBIDDEN);
    refusedUnchanged(() -> post("dongnaidieuphoi", "/engine-rest/process-definition/key/districtRecognition/submit-form",
        Map.of("variables", typed(Map.of("districtCode", "760", "evaluationYear", 2026)))), HttpStatus.FORBIDDEN);
    refusedUnchanged(() -> post("dongnaidieuphoi", "/engine-rest/process-definition/key/communeRecognition/start",
        Map.of("businessKey", "26428-2026-bis", "variables", typed(Map.of("communeCode", "26428", "evaluationYear", 2026)))),
        HttpStatus.FORBIDDEN);
    refusedUnchanged(() -> post("xuanbacdanhgia", "/engine-rest/process-definition/key/annualCampaign/submit-form",
        Map.of("variables", typed(Map.of("provinceCode", "75", "evaluationYear", 2026)))), HttpStatus.FORBIDDEN);
    ResponseEntity<Map> daNang = refusedUnchanged(() -> post("dongnaidieuphoi",
        "/engine-rest/process-definition/key/annualCampaign/submit-form",
        Map.of("variables", typed(Map.of("provinceCode", "48", "evaluationYear", 2026)))), HttpStatus.FORBIDDEN);
    assertThat(message(daNang)).isEqualTo("Chỉ điều phối viên của tỉnh mới được mở chiến dịch của tỉnh mình.");
    // start instructions would skip the campaign's own first step
    refusedUnchanged(() -> post("dongnaidieuphoi", "/engine-rest/process-definition/key/annualCampaign/start",
        Map.of("variables", typed(Map.of("provinceCode", "75", "evaluationYear", 2026)),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "CallActivity_ProvinceCase")))),
        HttpStatus.BAD_REQUEST);
    // the application's API: only for a commune of the coordinator's province (Thủ Dầu Một: Hồ Chí Minh City since the reform)
    ResponseEntity<Map> elsewhere = http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "25747", "evaluationYear", 2026), Map.class);
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertVietnamese(elsewhere);
  }

  @Test
  void theCampaignOpensOnceFromTasklistWhoeverTriesAgain() {
    ResponseEntity<Map> first = post("dongnaidieuphoi", "/engine-rest/process-definition/key/annualCampaign/submit-form",
        Map.of("variables", typed(Map.of("provinceCode", "75", "evaluationYear", 2026)), "businessKey", "my-own-key"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("businessKey", "75-2026");
    ResponseEntity<Map> again = refusedUnchanged(() -> post("dongnaidieuphoi",
        "/engine-rest/process-definition/key/annualCampaign/submit-form",
        Map.of("variables", typed(Map.of("provinceCode", "75", "evaluationYear", 2026)))), HttpStatus.CONFLICT);
    assertThat(message(again)).isEqualTo("Chiến dịch năm 2026 của Tỉnh Đồng Nai đã được mở (mã chiến dịch 75-2026); "
        + "mỗi tỉnh chỉ có một chiến dịch cho mỗi năm đánh giá.");
    ResponseEntity<Map> throughTheApi = http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/campaigns", Map.of("provinceCode", "75", "evaluationYear", 2026), Map.class);
    assertThat(throughTheApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annualCampaign").count()).isOne();
  }

  @Test
  void twoCoordinatorsOpeningTheSameCampaignAtOnceMakeOne() throws Exception {
    provisioning.ensureUser("dongnaidieuphoi2", "Điều phối", "Đồng Nai", "demo",
        UnitRole.PROVINCE_COORDINATOR.groupId("75"));
    List<ResponseEntity<Map>> answers = AtOnce.all(List.of(
        () -> http.withBasicAuth("dongnaidieuphoi", "demo")
            .postForEntity("/api/campaigns", Map.of("provinceCode", "75", "evaluationYear", 2026), Map.class),
        () -> http.withBasicAuth("dongnaidieuphoi2", "demo")
            .postForEntity("/api/campaigns", Map.of("provinceCode", "75", "evaluationYear", 2026), Map.class)));
    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).forEach(a -> assertThat(message(a))
        .isEqualTo("Chiến dịch năm 2026 của Tỉnh Đồng Nai đã được mở (mã chiến dịch 75-2026); "
            + "mỗi tỉnh chỉ có một chiến dịch cho mỗi năm đánh giá."));
    assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isOne();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annualCampaign").count()).isOne();
  }

  @Test
  void twoCoordinatorsOpeningTheSameCommuneCaseAtOnceMakeOne() throws Exception {
    List<ResponseEntity<Map>> answers = AtOnce.all(List.of(
        () -> http.withBasicAuth("dongnaidieuphoi", "demo")
            .postForEntity("/api/commune-cases", Map.of("communeCode", "26425", "evaluationYear", 2026), Map.class),
        () -> http.withBasicAuth("dongnaidieuphoi", "demo")
            .postForEntity("/api/commune-cases", Map.of("communeCode", "26425", "evaluationYear", 2026), Map.class)));
    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    assertThat(jdbc.queryForObject("select count(*) from recognition_case where unit_code = '26425'", Long.class)).isOne();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("26425-2026").count()).isOne();
  }

  @Test
  void theSameCompletionTwiceAtOnceCountsOnce() throws Exception {
    String task = onlyTaskOf("xuanbacdanhgia");
    Map<String, Object> form = CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04");
    List<ResponseEntity<Map>> answers = AtOnce.all(List.of(() -> submit("xuanbacdanhgia", task, form),
        () -> submit("xuanbacdanhgia", task, form)));
    assertThat(answers).extracting(ResponseEntity::getStatusCode).contains(HttpStatus.NO_CONTENT);
    answers.stream().filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT).forEach(loser -> {
      assertThat(loser.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT);
      assertVietnamese(loser);
    });
    assertThat(jdbc.queryForObject("select count(*) from assessment", Long.class)).isOne();
    assertThat(tasksOf("xuanbacchutich")).hasSize(1);
  }

  @Test
  void theDistrictAssociationReviewsItsOwnDistrictsCommunesWithItsOwnFormOnce() throws Exception {
    provisioning.ensureUser("longkhanhkhuyenhoc", "Hội Khuyến học", "Long Khánh", "demo",
        provisioning.ensureGroup(UnitRole.DISTRICT_ASSOCIATION, "732", "Thành phố Long Khánh"));
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"), CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04"));
    attachMinutes("26428-2026");
    submit("xuanbacchutich", onlyTaskOf("xuanbacchutich"), Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), Map.of("verificationResult", "COMPLETE"));
    String review = onlyTaskOf("dongnaikhuyenhoc");
    Map<String, Object> form = CommuneAnswers.associationForm(CommuneAnswers.level2());

    // another district's Association and the office next door see nothing of it and can do nothing with it
    assertThat(tasksOf("longkhanhkhuyenhoc")).isEmpty();
    assertThat(tasksOf("dongnaisogd")).extracting(task -> task.get("id")).doesNotContain(review);
    refusedUnchanged(() -> submit("longkhanhkhuyenhoc", review, form), HttpStatus.FORBIDDEN);
    refusedUnchanged(() -> submit("dongnaisogd", review, form), HttpStatus.FORBIDDEN);
    // the Association's form only: not the office's findings, not what the process owns, nothing too long
    Map<String, Object> withOfficeFinding = new java.util.HashMap<>(form);
    withOfficeFinding.put("ev_c1_1", "false");
    assertThat(message(refusedUnchanged(() -> submit("dongnaikhuyenhoc", review, withOfficeFinding), HttpStatus.BAD_REQUEST)))
        .contains("ev_c1_1");
    Map<String, Object> withLevel = new java.util.HashMap<>(form);
    withLevel.put("associationLevel", 2);
    assertThat(message(refusedUnchanged(() -> submit("dongnaikhuyenhoc", review, withLevel), HttpStatus.BAD_REQUEST)))
        .contains("associationLevel");
    Map<String, Object> tooLong = new java.util.HashMap<>(form);
    tooLong.put("as_summary", "Nhận xét ".repeat(500));
    assertThat(message(refusedUnchanged(() -> submit("dongnaikhuyenhoc", review, tooLong), HttpStatus.BAD_REQUEST)))
        .contains("vượt quá giới hạn 4000 ký tự");

    List<ResponseEntity<Map>> answers = AtOnce.all(List.of(() -> submit("dongnaikhuyenhoc", review, form),
        () -> submit("dongnaikhuyenhoc", review, form)));
    assertThat(answers).extracting(ResponseEntity::getStatusCode).contains(HttpStatus.NO_CONTENT);
    answers.stream().filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT).forEach(loser -> {
      assertThat(loser.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT);
      assertVietnamese(loser);
    });
    assertThat(jdbc.queryForObject("select count(*) from assessment where reviewer = 'ASSOCIATION'", Long.class)).isOne();
    assertThat(runtime.getVariable(xuanBac, "associationLevel")).isEqualTo(1);
    // the decision waits for the office's own evaluation
    assertThat(tasksOf("dongnaigiamdoc")).isEmpty();
  }

  // ---- 4. Length and shape of input; every error in Vietnamese ----

  @Test
  void oversizedTextIsRefusedAndTextAtItsLimitIsStored() {
    String task = onlyTaskOf("xuanbacdanhgia");
    Map<String, Object> form = CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04");
    form.put("c1Justification", "Tổ chức học tập suốt đời ".repeat(180)); // 4,500 characters
    ResponseEntity<Map> tooLong = refusedUnchanged(() -> submit("xuanbacdanhgia", task, form), HttpStatus.BAD_REQUEST);
    assertThat(message(tooLong)).isEqualTo("Giải trình tiêu chí 1 dài 4500 ký tự, vượt quá giới hạn 4000 ký tự; hãy rút gọn.");

    form.put("c1Justification", "Đạt".repeat(1333) + "x"); // exactly 4,000 characters
    assertThat(submit("xuanbacdanhgia", task, form).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select justification from assessment_justification where criterion_code = 'C1'", String.class))
        .hasSize(4000);

    attachMinutes("26428-2026");
    assertThat(submit("xuanbacchutich", onlyTaskOf("xuanbacchutich"), Map.of("chairDecision", "APPLY", "appliedLevel", "1"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit("dongnaisogd", onlyTaskOf("dongnaisogd"), Map.of("verificationResult", "COMPLETE"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit("dongnaisogd", onlyTaskOf("dongnaisogd"), CommuneAnswers.evaluationForm(CommuneAnswers.level2()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit("dongnaikhuyenhoc", onlyTaskOf("dongnaikhuyenhoc"), CommuneAnswers.associationForm(CommuneAnswers.level2()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String decision = onlyTaskOf("dongnaigiamdoc");
    ResponseEntity<Map> sentence = refusedUnchanged(() -> submit("dongnaigiamdoc", decision, Map.of("headDecision", "RECOGNISE",
        "recognisedLevel", "1", "decisionNumber", "Quyết định số 126/QĐ-PGDĐT ngày 27/11/2026 của Trưởng phòng GD&ĐT huyện Xuân Lộc",
        "decisionDate", "2027-01-05")), HttpStatus.BAD_REQUEST);
    assertThat(message(sentence)).isEqualTo("Số quyết định dài 80 ký tự, vượt quá giới hạn 50 ký tự; hãy rút gọn.");
    ResponseEntity<Map> objectValue = refusedUnchanged(() -> post("dongnaigiamdoc", "/engine-rest/task/" + decision + "/submit-form",
        Map.of("variables", Map.of("decisionNumber", Map.of("value", "rO0ABX", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object"))))),
        HttpStatus.BAD_REQUEST);
    assertVietnamese(objectValue);
    assertThat(submit("dongnaigiamdoc", decision, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "126/QĐ-PGDĐT", "decisionDate", "2027-01-05")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void everyErrorReadsInVietnameseWithoutEngineOrDatabaseText() {
    ResponseEntity<Map> noCampaign = http.withBasicAuth("dongnaidieuphoi", "demo")
        .getForEntity("/api/campaigns/75-2026/reports", Map.class);
    assertThat(noCampaign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(message(noCampaign)).isEqualTo("Chưa có chiến dịch năm 2026 của Tỉnh Đồng Nai.");

    ResponseEntity<Map> notANumber = http.getForEntity("/api/recognitions/communes?province=75&year=abc", Map.class);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(notANumber)).isEqualTo("Giá trị \"abc\" của year không đúng kiểu (cần một số).");
    ResponseEntity<Map> badJson = http.withBasicAuth("dongnaidieuphoi", "demo").exchange("/api/commune-cases", HttpMethod.POST,
        new HttpEntity<>("{\"communeCode\": \"26428\", \"evaluationYear\": \"năm nay\"}", json()), Map.class);
    assertThat(badJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertVietnamese(badJson);
    ResponseEntity<Map> unknownApi = http.getForEntity("/api/khong-co", Map.class);
    assertThat(unknownApi.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertVietnamese(unknownApi);

    String task = onlyTaskOf("xuanbacdanhgia");
    ResponseEntity<Map> notTheirs = http.withBasicAuth("xuanthanhdanhgia", "demo")
        .getForEntity("/engine-rest/task/" + task + "/form-variables", Map.class);
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertVietnamese(notTheirs);
    ResponseEntity<Map> missing = http.withBasicAuth("xuanbacdanhgia", "demo").getForEntity("/engine-rest/task/khongco", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertVietnamese(missing);
    ResponseEntity<Map> wrongType = http.withBasicAuth("xuanbacdanhgia", "demo").getForEntity("/engine-rest/task?priority=abc", Map.class);
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertVietnamese(wrongType);
    // (a wrong password makes the engine hold that login back for a few seconds: not one of the officials used here)
    provisioning.ensureUser("thunghiem", "Thử", "nghiệm", "demo");
    ResponseEntity<Map> wrongPassword = http.withBasicAuth("thunghiem", "sai").getForEntity("/engine-rest/task", Map.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertVietnamese(wrongPassword);

    // the engine's anonymous endpoints reveal nothing
    for (String anonymous : List.of("/engine-rest/engine", "/engine-rest/engine/", "/engine-rest/version")) {
      ResponseEntity<Map> refused = http.getForEntity(anonymous, Map.class);
      assertThat(refused.getStatusCode()).as(anonymous).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertVietnamese(refused);
    }
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void failedLoginsAreLoggedWithoutThePassword(CapturedOutput output) {
    provisioning.ensureUser("thunghiem2", "Thử", "nghiệm", "demo");
    assertThat(http.withBasicAuth("thunghiem2", "Sai-mat-khau-123").getForEntity("/engine-rest/task", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    Map<String, String> cookies = new LinkedHashMap<>();
    keepCookies(http.getForEntity("/camunda/app/tasklist/", String.class), cookies);
    HttpHeaders form = withSession(cookies);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> tasklist = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=thunghiem2&password=Sai-mat-khau-456", form), String.class);
    assertThat(tasklist.getStatusCode().is4xxClientError()).isTrue();
    assertThat(output.getOut()).contains("Failed login for user 'thunghiem2' from 127.0.0.1 on /engine-rest/task")
        .contains("Failed login for user 'thunghiem2' from 127.0.0.1 on /camunda/api/admin/auth/user/default/login/tasklist")
        .doesNotContain("Sai-mat-khau-123").doesNotContain("Sai-mat-khau-456");
  }

  // ---- helpers ----

  /** Logs into Tasklist as its login page does; the headers carry the session and the CSRF token. */
  private HttpHeaders tasklistLogin(String user) {
    Map<String, String> cookies = new LinkedHashMap<>();
    keepCookies(http.getForEntity("/camunda/app/tasklist/", String.class), cookies);
    HttpHeaders form = withSession(cookies);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo", form), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    keepCookies(login, cookies);
    // the session is new after the login: its CSRF token comes with the next read, as Tasklist makes it
    keepCookies(http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(withSession(cookies)),
        String.class), cookies);
    HttpHeaders session = withSession(cookies);
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }

  private static void keepCookies(ResponseEntity<?> response, Map<String, String> cookies) {
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      cookies.put("XSRF-TOKEN", token);
    }
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
  }

  private static HttpHeaders withSession(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private String open(String commune) {
    return (String) http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", commune, "evaluationYear", 2026), Map.class)
        .getBody().get("processInstanceId");
  }

  /** Everything an attempt could change: both cases' variables and tasks, and the application's tables. */
  private String state() {
    StringBuilder state = new StringBuilder();
    for (String instance : List.of(xuanBac, xuanThanh)) {
      state.append(new TreeMap<>(runtime.getVariables(instance))).append('\n');
      for (Task task : taskService.createTaskQuery().processInstanceId(instance).orderByTaskName().asc().list()) {
        state.append(task.getId()).append(' ').append(task.getName()).append(' ').append(task.getAssignee()).append(' ')
            .append(task.getOwner()).append(' ').append(task.getDueDate()).append(' ').append(task.getPriority()).append(' ')
            .append(taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList())
            .append('\n');
      }
    }
    state.append(taskService.createTaskQuery().count()).append(" tasks, ")
        .append(runtime.createProcessInstanceQuery().count()).append(" instances\n");
    for (String table : List.of("recognition_case", "assessment", "assessment_answer", "assessment_justification",
        "dossier_return", "recognition", "campaign", "campaign_exclusion")) {
      state.append(table).append(jdbc.queryForList("select * from " + table + " order by id")).append('\n');
    }
    return state.toString();
  }

  private ResponseEntity<Map> refusedUnchanged(Callable<ResponseEntity<Map>> attempt, HttpStatus expected) {
    String before = state();
    ResponseEntity<Map> response;
    try {
      response = attempt.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    assertVietnamese(response);
    assertThat(state()).isEqualTo(before);
    return response;
  }

  private static void assertVietnamese(ResponseEntity<Map> response) {
    assertThat(response.getBody()).as("error body").isNotNull();
    String message = message(response);
    assertThat(message).as("message").isNotBlank()
        .matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*")
        .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
        .doesNotContain("ACT_").doesNotContain("does not have").doesNotContain("ENGINE-");
  }

  private static String message(ResponseEntity<Map> response) {
    Object message = response.getBody().get("message");
    return message == null ? null : message.toString();
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, json()), Map.class);
  }

  private ResponseEntity<Map> put(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body, json()), Map.class);
  }

  private ResponseEntity<Map> delete(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.DELETE, new HttpEntity<>(json()), Map.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  @SuppressWarnings("unchecked")
  private List<String> ids(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      List<Map<String, Object>> items = new ObjectMapper().readValue(response.getBody(), List.class);
      return items.stream().map(item -> (String) item.get("id")).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

}
