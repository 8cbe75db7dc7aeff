package vn.learningcommunity.validation;

import java.util.Set;

/**
 * Server-side rules for the values submitted with one Camunda Form. Tasklist validates only in the
 * browser; these rules run again when the task completes, whoever completes it and however.
 */
public interface TaskInputValidator {

  /** The ids of the forms (their {@code camunda:formRef}) whose submissions this validator checks. */
  Set<String> formIds();

  /** Records each problem with {@link TaskInput#reject} or the typed readers; must change nothing. */
  void validate(String formId, TaskInput input);
}
