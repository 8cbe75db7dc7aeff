package vn.learningcommunity.testsupport;

import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/**
 * Stands in, on a plain engine, for the validator of a form whose rules read the database
 * (self-assessments, reviews); those rules are tested with Spring.
 */
public record AcceptingValidator(String formId) implements TaskInputValidator {

  @Override
  public void validate(TaskInput input) {}
}
