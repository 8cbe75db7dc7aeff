package vn.learningcommunity.deadline;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** Whoever follows up an overdue step or a report with pending units says what was done about it. */
@Component
public class FollowUpValidator implements TaskInputValidator {

  @Override
  public Set<String> formIds() {
    return Set.of("overdueFollowUp", "campaignPendingFollowUp");
  }

  @Override
  public void validate(String formId, TaskInput input) {
    input.requiredText("followUpNote", "nội dung đã đôn đốc");
  }
}
