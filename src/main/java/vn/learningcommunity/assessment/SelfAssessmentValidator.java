package vn.learningcommunity.assessment;

import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Every indicator answered within its range, every criterion justified, a plausible meeting date. */
@Component
class SelfAssessmentValidator implements TaskInputValidator {

  private final CommuneAssessments assessments;

  SelfAssessmentValidator(CommuneAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public String formId() {
    return "communeSelfAssessment";
  }

  @Override
  public void validate(TaskInput input) {
    assessments.readSelfAssessment(input, ((Number) input.raw("evaluationYear")).intValue());
  }
}
