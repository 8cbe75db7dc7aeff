package vn.learningcommunity.assessment;

import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Every indicator answered within its range, every criterion justified, a plausible meeting date. */
class SelfAssessmentValidator implements TaskInputValidator {

  private final String formId;
  private final UnitLevel level;
  private final Assessments assessments;

  SelfAssessmentValidator(String formId, UnitLevel level, Assessments assessments) {
    this.formId = formId;
    this.level = level;
    this.assessments = assessments;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public void validate(TaskInput input) {
    assessments.readSelfAssessment(input, level, ((Number) input.raw("evaluationYear")).intValue());
  }
}
