package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** What a coordinator may and may not give when opening a campaign, and that its calendar then rules. */
class CampaignOpeningApplicationTest extends ApplicationTestSupport {

  @Autowired CampaignRepository campaigns;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @BeforeEach
  void earlyJanuary() {
    ClockUtil.setCurrentTime(at("2025-01-02T08:00:00+07:00"));
  }

  ResponseEntity<Map> open(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/campaigns", body, Map.class);
  }

  @SuppressWarnings("unchecked")
  List<String> refusal(Map<String, Object> body) {
    ResponseEntity<Map> response = open("dongnaidieuphoi", body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (List<String>) response.getBody().get("reasons");
  }

  @Test
  void refusesWhatMakesNoSenseAndChangesNothing() {
    assertThat(refusal(Map.of("provinceCode", "75", "evaluationYear", 2024,
        "deadlines", Map.of("COMMUNE_SELF_ASSESSMENT", "2024-12-30", "DISTRICT_EVALUATION", "2025-01-20")))).containsExactly(
        "Hạn \"Hoàn thành tự đánh giá cấp xã\" (30/12/2024) phải sau khi năm đánh giá 2024 kết thúc.",
        "Hạn \"Hoàn thành tự đánh giá cấp xã\" (30/12/2024) không được trước ngày mở chiến dịch (02/01/2025).",
        "Hạn \"Đánh giá hồ sơ\" (20/01/2025) không được trước hạn \"Kiểm tra hồ sơ\" (22/01/2025).");
    assertThat(refusal(Map.of("provinceCode", "75", "evaluationYear", 2024, "exclusions", List.of(
        Map.of("unitCode", "00001", "reason", "Không thuộc tỉnh"), Map.of("unitCode", "26428", "reason", " "))))).containsExactly(
        "Đơn vị 00001 không phải là huyện hoặc xã của Tỉnh Đồng Nai.",
        "Cần ghi lý do không đưa đơn vị 26428 vào chiến dịch.");
    assertThat(refusal(Map.of("provinceCode", "75", "evaluationYear", 2026)))
        .containsExactly("Năm đánh giá phải từ 2024 đến 2025, đã nhập 2026.");
    ResponseEntity<Map> notAProvince = http.withBasicAuth("admin", ADMIN_PASSWORD)
        .postForEntity("/api/campaigns", Map.of("provinceCode", "741", "evaluationYear", 2024), Map.class);
    assertThat(notAProvince.getBody().get("reasons"))
        .isEqualTo(List.of("Đơn vị Huyện Xuân Lộc (mã 741) không phải là đơn vị cấp tỉnh."));
    assertThat(open("xuanlocphonggd", Map.of("provinceCode", "75", "evaluationYear", 2024)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/campaigns", Map.of("provinceCode", "75", "evaluationYear", 2024), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(campaigns.count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void warnsAboutDatesPastTheCircularsLimitAndOpensOnlyOnce() {
    // the commune decision on the Circular's limit day; everything after it moves on into April, in order
    Map<String, Object> deadlines = new java.util.LinkedHashMap<>(Map.of("COMMUNE_DECISION", "2025-03-31"));
    int day = 1;
    for (Milestone later : Milestone.values()) {
      if (later.compareTo(Milestone.COMMUNE_DECISION) > 0) {
        deadlines.put(later.name(), String.format("2025-04-%02d", day++));
      }
    }
    ResponseEntity<Map> opened = open("dongnaidieuphoi", Map.of("provinceCode", "75", "evaluationYear", 2024, "deadlines", deadlines));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) opened.getBody().get("warnings")).contains("Hạn \"Quyết định công nhận cấp xã\" (31/03/2025) không "
        + "trước giới hạn của Thông tư 25/2023/TT-BGDĐT (trước ngày 31/03/2025).",
        // 7 April 2025 is the Hùng Kings' day, 5 and 6 April a weekend: the deadline is the Friday before
        "Hạn \"Sở GD&ĐT báo cáo UBND tỉnh kết quả cấp huyện\" (07/04/2025) rơi vào ngày nghỉ; hạn được tính là ngày làm việc "
            + "04/04/2025.");
    ResponseEntity<Map> again = open("dongnaidieuphoi", Map.of("provinceCode", "75", "evaluationYear", 2024));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("reasons")).isEqualTo(List.of("Chiến dịch năm 2024 của Tỉnh Đồng Nai đã được mở (mã chiến "
        + "dịch 75-2024); mỗi tỉnh chỉ có một chiến dịch cho mỗi năm đánh giá."));
  }

  @Test
  void theCampaignsCalendarRulesItsCasesAndExcludedDistrictsGetNone() {
    ResponseEntity<Map> opened = open("dongnaidieuphoi", Map.of("provinceCode", "75", "evaluationYear", 2024,
        "deadlines", Map.of("COMMUNE_SELF_ASSESSMENT", "2025-01-08"),
        "exclusions", List.of(Map.of("unitCode", "731", "reason", "Thí điểm riêng của thành phố"))));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    executeDueJobs(management);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("districtCampaign").count()).isEqualTo(10);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count())
        .isEqualTo(159 - 25);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("26428-2024").singleResult().getDueDate())
        .isEqualTo(at("2025-01-08T17:00:00+07:00"));
  }

  @Test
  void aCaseOpenedByHandWhileTheCampaignsStartsAreQueuedIsNeverDoubled() {
    assertThat(open("dongnaidieuphoi", Map.of("provinceCode", "75", "evaluationYear", 2024)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    // the campaign's jobs have not run yet: the commune's case is opened by hand in between
    assertThat(http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26428", "evaluationYear", 2024), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    executeDueJobs(management);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition")
        .processInstanceBusinessKey("26428-2024").count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count()).isEqualTo(159);
    assertThat(runtime.createIncidentQuery().count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from recognition_case where business_key = '26428-2024'", Integer.class))
        .isEqualTo(1);
  }
}
