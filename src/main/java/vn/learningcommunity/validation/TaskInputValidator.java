package vn.learningcommunity.validation;

/**
 * Server-side rules for the values submitted with one Camunda Form. Tasklist validates only in the
 * browser; these rules run again when the task completes, whoever completes it and however.
 */
public interface TaskInputValidator {

  /** The id of the form (its {@code camunda:formRef}) whose submissions this validator checks. */
  String formId();

  /** Records each problem with {@link TaskInput#reject} or the typed readers; must change nothing. */
  void validate(TaskInput input);
}
