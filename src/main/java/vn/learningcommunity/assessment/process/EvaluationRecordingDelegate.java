package vn.learningcommunity.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.assessment.CommuneAssessments;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.process.UpgradeFactVariables;

/** "Lưu kết quả đánh giá": stores the district's findings with the level the DMN gave them. */
@Component("evaluationRecording")
class EvaluationRecordingDelegate implements JavaDelegate {

  private final CommuneAssessments assessments;

  EvaluationRecordingDelegate(CommuneAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = ((Number) execution.getVariable("evaluatedLevel")).intValue();
    String shortfalls = assessments.recordEvaluation(execution.getProcessBusinessKey(), execution.getVariables(),
        level, UpgradeFactVariables.read(execution), CurrentUser.of(execution));
    execution.setVariable("evaluatedLevelText", RecognitionLevels.label(level));
    execution.setVariable("evaluationShortfalls", shortfalls);
  }
}
