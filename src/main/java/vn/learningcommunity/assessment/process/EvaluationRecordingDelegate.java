package vn.learningcommunity.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.assessment.Review;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.process.UpgradeFactVariables;

/**
 * "Lưu kết quả đánh giá": stores a review's findings with the level the DMN gave them. Optional
 * inputs for dossiers with several reviews: {@code reviewer}, {@code findingPrefix} (default "ev_"),
 * {@code levelVariable} (default "evaluatedLevel"; only that review sets the case's evaluated level).
 */
@Component("evaluationRecording")
class EvaluationRecordingDelegate implements JavaDelegate {

  static final String LEAD = "evaluatedLevel";

  private final Assessments assessments;

  EvaluationRecordingDelegate(Assessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String levelVariable = execution.hasVariable("levelVariable") ? (String) execution.getVariable("levelVariable") : LEAD;
    Review review = execution.hasVariable("reviewer")
        ? new Review((String) execution.getVariable("reviewer"), (String) execution.getVariable("findingPrefix"),
            LEAD.equals(levelVariable))
        : Review.SINGLE;
    int level = ((Number) execution.getVariable(levelVariable)).intValue();
    String shortfalls = assessments.recordEvaluation(execution.getProcessBusinessKey(), execution.getVariables(), review,
        level, UpgradeFactVariables.read(execution), CurrentUser.of(execution));
    execution.getProcessInstance().setVariable(levelVariable + "Text", RecognitionLevels.label(level));
    execution.getProcessInstance().setVariable(levelVariable + "Shortfalls", shortfalls);
  }
}
