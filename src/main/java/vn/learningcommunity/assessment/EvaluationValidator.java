package vn.learningcommunity.assessment;

import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** A finding for every indicator, and a reason wherever it differs from the unit's own answer. */
class EvaluationValidator implements TaskInputValidator {

  private final String formId;
  private final String findingPrefix;
  private final Assessments assessments;

  EvaluationValidator(String formId, String findingPrefix, Assessments assessments) {
    this.formId = formId;
    this.findingPrefix = findingPrefix;
    this.assessments = assessments;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public void validate(TaskInput input) {
    String businessKey = RecognitionCase.businessKey((String) input.raw("unitCode"),
        ((Number) input.raw("evaluationYear")).intValue());
    assessments.readEvaluation(input, businessKey, findingPrefix);
  }
}
