package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.learningcommunity.deadline.Deadlines;
import vn.learningcommunity.identity.CandidateGroups;
import vn.learningcommunity.testsupport.CalendarFixtures;
import vn.learningcommunity.testsupport.RecordingDelegate;
import vn.learningcommunity.testsupport.TestEngine;

/**
 * A designer deploys a revised diagram while cases run: running cases keep the version they started
 * on; new cases take the new one. (Forms and decision tables are bound to their latest version: see
 * DesignerDeploymentApplicationTest and CommuneRecognitionProcessTest.)
 */
class ModelVersioningTest {

  final ProcessEngine engine = TestEngine.get();
  final List<String> deployments = new ArrayList<>();
  final List<String> calls = new ArrayList<>();

  String deploy(String taskName) throws IOException {
    String bpmn = Files.readString(Path.of("processes/commune/communeRecognition.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"Tự đánh giá theo tiêu chí\"", "name=\"" + taskName + "\"");
    String id = engine.getRepositoryService().createDeployment().name("versioning-test")
        .addString("communeRecognition.bpmn", bpmn)
        .addString("communeLevel.dmn", Files.readString(Path.of("processes/commune/communeLevel.dmn"), StandardCharsets.UTF_8))
        .deploy().getId();
    deployments.add(id);
    return id;
  }

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
    TestEngine.BEANS.clear();
  }

  @Test
  void runningCasesKeepTheirVersionAndNewCasesTakeTheNewOne() throws IOException {
    TestEngine.BEANS.put("deadlines", new Deadlines(CalendarFixtures.shipped()));
    TestEngine.BEANS.put("groups", new CandidateGroups());
    TestEngine.BEANS.put("caseOpening", new RecordingDelegate("caseOpening", calls, execution -> {
      execution.setVariable("districtCode", "741");
      execution.setVariable("provinceCode", "75");
    }));
    deploy("Tự đánh giá theo tiêu chí");
    ProcessInstance running = start("26428");
    String revision = deploy("Tự đánh giá theo tiêu chí (bản sửa đổi)");
    ProcessInstance next = start("26431");

    ProcessDefinition runningDefinition = definition(running);
    ProcessDefinition nextDefinition = definition(next);
    assertThat(nextDefinition.getVersion()).isEqualTo(runningDefinition.getVersion() + 1);
    assertThat(nextDefinition.getDeploymentId()).isEqualTo(revision);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult().getName())
        .isEqualTo("Tự đánh giá theo tiêu chí");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(next.getId()).singleResult().getName())
        .isEqualTo("Tự đánh giá theo tiêu chí (bản sửa đổi)");
  }

  ProcessInstance start(String commune) {
    return engine.getRuntimeService().startProcessInstanceByKey("communeRecognition", commune + "-2026",
        Map.of("communeCode", commune, "evaluationYear", 2026));
  }

  ProcessDefinition definition(ProcessInstance instance) {
    return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId());
  }
}
