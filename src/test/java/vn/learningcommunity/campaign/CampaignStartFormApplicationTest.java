package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** A coordinator opens the campaign from Tasklist's start form; bad input is refused and starts nothing. */
class CampaignStartFormApplicationTest extends ApplicationTestSupport {

  @Autowired CampaignRepository campaigns;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;

  @BeforeEach
  void earlyJanuary() {
    ClockUtil.setCurrentTime(at("2025-01-02T08:00:00+07:00"));
  }

  @SuppressWarnings("unchecked")
  ResponseEntity<Map> submitStartForm(Map<String, Object> values) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("annualCampaign").latestVersion()
        .singleResult().getId();
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("dongnaidieuphoi", "demo").exchange("/engine-rest/process-definition/" + definition + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
  }

  @Test
  void coordinatorOpensTheCampaignFromTasklist() {
    ResponseEntity<Map> started = submitStartForm(Map.of("provinceCode", "75", "evaluationYear", 2024,
        "exclusions", "26425: Sáp nhập đơn vị hành chính\n\n731: Thí điểm riêng"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance campaign = runtime.createProcessInstanceQuery().processDefinitionKey("annualCampaign").singleResult();
    assertThat(campaign.getBusinessKey()).isEqualTo("75-2024");
    Campaign recorded = campaigns.findByBusinessKey("75-2024").orElseThrow();
    assertThat(recorded.getProcessInstanceId()).isEqualTo(campaign.getId());
    executeDueJobs(management);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("districtCampaign").count()).isEqualTo(10);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count()).isEqualTo(159 - 25 - 1);
  }

  @Test
  void badInputIsRefusedWithItsReasonsAndStartsNothing() {
    ResponseEntity<Map> refused = submitStartForm(Map.of("provinceCode", "75", "evaluationYear", 2024,
        "exclusions", "26425 Sáp nhập"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message")).isEqualTo("Dòng \"26425 Sáp nhập\" phải có dạng \"mã đơn vị: lý do\".");
    refused = submitStartForm(Map.of("provinceCode", "741", "evaluationYear", 2024));
    assertThat(refused.getBody().get("message")).isEqualTo("Đơn vị Huyện Xuân Lộc (mã 741) không phải là đơn vị cấp tỉnh.");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(campaigns.count()).isZero();
  }
}
