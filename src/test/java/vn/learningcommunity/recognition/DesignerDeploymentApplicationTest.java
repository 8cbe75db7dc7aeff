package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;

/**
 * What a designer deploys alone from Modeler reaches the cases: a diagram finds the forms already
 * deployed, and a corrected form is shown — and accepted by the guard — in running cases at once.
 */
class DesignerDeploymentApplicationTest extends ApplicationTestSupport {

  @Autowired RepositoryService repository;
  @Autowired FormService forms;
  @Autowired RecognitionCases communeCases;
  @Autowired UpgradeEligibility upgradeRule;

  @Test
  void aFormDeployedAloneIsShownAndAcceptedInRunningCases() throws IOException {
    String instance = communeCases.open("26428", 2026).getId();
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"), CommuneAnswers.selfAssessmentForm(CommuneAnswers.level1(), "2027-01-04"));
    String approval = onlyTaskOf("xuanbacchutich");
    attachMinutes("26428-2026");
    Map<String, Object> withMeetingNumber = Map.of("chairDecision", "APPLY", "appliedLevel", "1", "meetingMinutesNumber", "12/BB");
    assertThat(submit("xuanbacchutich", approval, withMeetingNumber).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // the designer adds a field to the Chair's form and deploys the form alone
    ObjectNode form = (ObjectNode) new ObjectMapper().readTree(new File("forms/commune/communeChairApproval.form"));
    ((ArrayNode) form.path("components")).addObject().put("type", "textfield").put("key", "meetingMinutesNumber")
        .put("label", "Số biên bản họp").put("id", "Field_MeetingMinutesNumber").putObject("validate").put("maxLength", 50);
    String deployment = repository.createDeployment().name("designer-form").addString("communeChairApproval.form",
        form.toString()).deploy().getId();
    try {
      assertThat(new String(forms.getDeployedTaskForm(approval).readAllBytes())).contains("meetingMinutesNumber");
      assertThat(submit("xuanbacchutich", approval, withMeetingNumber).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(runtime.getVariable(instance, "meetingMinutesNumber")).isEqualTo("12/BB");
    } finally {
      repository.deleteDeployment(deployment, true, true);
    }
  }

  @Test
  void theSharedTwelveMonthRuleDeployedAloneJudgesEveryLevelFromThenOn() throws IOException {
    UpgradeFacts fourteenMonths = new UpgradeFacts(1, 14);
    assertThat(upgradeRule.eligible(fourteenMonths)).isTrue();
    String stricter = Files.readString(Path.of("processes/common/upgradeEligibility.dmn")).replace("&gt;= 12", "&gt;= 24");
    String deployment = repository.createDeployment().name("designer-rule").addString("upgradeEligibility.dmn", stricter)
        .deploy().getId();
    try {
      assertThat(upgradeRule.eligible(fourteenMonths)).isFalse();
      assertThat(upgradeRule.eligible(new UpgradeFacts(1, 24))).isTrue();
    } finally {
      repository.deleteDeployment(deployment, true, true);
    }
    assertThat(upgradeRule.eligible(fourteenMonths)).isTrue();
  }

  /**
   * The route after the reform is provisional: an administrator who learns that the Provincial
   * People's Committee decides in Đồng Nai deploys the route table alone; cases opened from then on
   * go to it, cases already open keep the route they were opened with.
   */
  @Test
  void anAdministratorReroutesOneProvinceByDeployingTheRouteTableAlone() throws IOException {
    String before = communeCases.open("26434", 2026).getId();
    String table = Files.readString(Path.of("processes/common/dossierRoute.dmn"));
    String dongNaiRow = table.substring(table.indexOf("      <rule id=\"Rule_dossierRoute_twoTier\">"),
            table.indexOf("    </decisionTable>"))
        .replace("twoTier", "twoTierDongNai")
        .replace("<text>-</text>", "<text>\"75\"</text>")
        .replace("\"DEPARTMENT_DIRECTOR\"", "\"PROVINCE_COMMITTEE\"");
    String rerouted = table.replace("      <rule id=\"Rule_dossierRoute_twoTier\">", dongNaiRow + "      <rule id=\"Rule_dossierRoute_twoTier\">")
        .replace("\"DISTRICT_OFFICE_HEAD\",\"DEPARTMENT_DIRECTOR\"", "\"DISTRICT_OFFICE_HEAD\",\"DEPARTMENT_DIRECTOR\",\"PROVINCE_COMMITTEE\"");
    String deployment = repository.createDeployment().name("administrator-route").addString("dossierRoute.dmn", rerouted)
        .deploy().getId();
    try {
      String after = communeCases.open("26428", 2026).getId();
      assertThat(runtime.getVariable(after, "deciderRole")).isEqualTo("PROVINCE_COMMITTEE");
      assertThat(runtime.getVariable(after, "deciderTitle")).isEqualTo("UBND tỉnh");
      assertThat(runtime.getVariable(after, "verifierRole")).isEqualTo("DEPARTMENT_STAFF");
      assertThat(runtime.getVariable(before, "deciderRole")).isEqualTo("DEPARTMENT_DIRECTOR");
    } finally {
      repository.deleteDeployment(deployment, true, true);
    }
  }

  @Test
  void aDiagramDeployedAloneFindsItsForms() throws IOException {
    String deployment = repository.createDeployment().name("designer-diagram").addString("communeRecognition.bpmn",
        Files.readString(Path.of("processes/commune/communeRecognition.bpmn"))).deploy().getId();
    try {
      String instance = communeCases.open("26434", 2026).getId();
      assertThat(repository.getProcessDefinition(runtime.createProcessInstanceQuery().processInstanceId(instance)
          .singleResult().getProcessDefinitionId()).getDeploymentId()).isEqualTo(deployment);
      String task = onlyTaskOf("xuanthanhdanhgia");
      assertThat(new String(forms.getDeployedTaskForm(task).readAllBytes())).contains("\"id\": \"communeSelfAssessment\"");
      assertThat(submit("xuanthanhdanhgia", task, CommuneAnswers.selfAssessmentForm(CommuneAnswers.level1(), "2027-01-04"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    } finally {
      repository.deleteDeployment(deployment, true, true);
    }
  }
}
