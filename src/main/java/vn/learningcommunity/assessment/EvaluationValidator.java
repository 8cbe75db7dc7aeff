package vn.learningcommunity.assessment;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** A finding for every indicator, and a reason wherever it differs from the unit's own answer. */
@Component
class EvaluationValidator implements TaskInputValidator {

  /** Each review form and the prefix of its finding fields. */
  private static final Map<String, String> PREFIX_OF_FORM = Map.of(
      "communeEvaluation", "ev_",
      "communeAssociationReview", "as_",
      "districtDepartmentReview", "ev_",
      "districtAssociationReview", "as_",
      "provinceMinistryReview", "ev_");

  private final Assessments assessments;

  EvaluationValidator(Assessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public Set<String> formIds() {
    return PREFIX_OF_FORM.keySet();
  }

  @Override
  public void validate(String formId, TaskInput input) {
    String businessKey = RecognitionCase.businessKey((String) input.raw("unitCode"),
        ((Number) input.raw("evaluationYear")).intValue());
    assessments.readEvaluation(input, businessKey, PREFIX_OF_FORM.get(formId));
  }
}
