package vn.learningcommunity.assessment;

import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** A finding for every indicator, and a reason wherever it differs from the commune's answer. */
@Component
class EvaluationValidator implements TaskInputValidator {

  private final CommuneAssessments assessments;

  EvaluationValidator(CommuneAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public String formId() {
    return "communeEvaluation";
  }

  @Override
  public void validate(TaskInput input) {
    String businessKey = RecognitionCase.businessKey((String) input.raw("communeCode"),
        ((Number) input.raw("evaluationYear")).intValue());
    assessments.readEvaluation(input, businessKey);
  }
}
