package vn.learningcommunity.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.process.UpgradeFactVariables;

/** "Lưu kết quả tự đánh giá": stores the answers with the level the DMN gave and explains what is missing. */
@Component("selfAssessmentRecording")
class SelfAssessmentRecordingDelegate implements JavaDelegate {

  private final Assessments assessments;

  SelfAssessmentRecordingDelegate(Assessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = ((Number) execution.getVariable("selfAssessedLevel")).intValue();
    String shortfalls = assessments.recordSelfAssessment(execution.getProcessBusinessKey(), execution.getVariables(),
        level, UpgradeFactVariables.read(execution), CurrentUser.of(execution));
    execution.setVariable("selfAssessedLevelText", RecognitionLevels.label(level));
    execution.setVariable("selfAssessmentShortfalls", shortfalls);
  }
}
