package vn.learningcommunity.testsupport;

import java.util.Set;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/**
 * Stands in, on a plain engine, for the validators of forms whose rules read the database
 * (self-assessments, reviews); those rules are tested with Spring.
 */
public record AcceptingValidator(Set<String> formIds) implements TaskInputValidator {

  public AcceptingValidator(String... formIds) {
    this(Set.of(formIds));
  }

  @Override
  public void validate(String formId, TaskInput input) {}
}
