package vn.learningcommunity.deadline;

import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Whoever follows up an overdue step says what was done about it. */
@Component
public class FollowUpValidator implements TaskInputValidator {

  @Override
  public String formId() {
    return "overdueFollowUp";
  }

  @Override
  public void validate(TaskInput input) {
    input.requiredText("followUpNote", "nội dung đã đôn đốc");
  }
}
