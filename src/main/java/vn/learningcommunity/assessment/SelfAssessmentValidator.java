package vn.learningcommunity.assessment;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Every indicator answered within its range, every criterion justified, a plausible meeting date. */
@Component
class SelfAssessmentValidator implements TaskInputValidator {

  private static final Map<String, UnitLevel> LEVEL_OF_FORM = Map.of(
      "communeSelfAssessment", UnitLevel.COMMUNE,
      "districtSelfAssessment", UnitLevel.DISTRICT,
      "provinceSelfAssessment", UnitLevel.PROVINCE);

  private final Assessments assessments;

  SelfAssessmentValidator(Assessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public Set<String> formIds() {
    return LEVEL_OF_FORM.keySet();
  }

  @Override
  public void validate(String formId, TaskInput input) {
    assessments.readSelfAssessment(input, LEVEL_OF_FORM.get(formId), ((Number) input.raw("evaluationYear")).intValue());
  }
}
