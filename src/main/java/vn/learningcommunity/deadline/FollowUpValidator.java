package vn.learningcommunity.deadline;

import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Whoever follows up an overdue step says what was done about it (one form per kind of follow-up). */
@Component
public class FollowUpValidator implements TaskInputValidator {

  private final String formId;

  public FollowUpValidator() {
    this("overdueFollowUp");
  }

  public FollowUpValidator(String formId) {
    this.formId = formId;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public void validate(TaskInput input) {
    input.requiredText("followUpNote", "nội dung đã đôn đốc");
  }
}
