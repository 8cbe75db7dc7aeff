package vn.learningcommunity.recognition;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.learningcommunity.assessment.process.IndicatorAnswersExpression;
import vn.learningcommunity.deadline.Deadlines;
import vn.learningcommunity.deadline.EngineClock;
import vn.learningcommunity.deadline.FollowUpValidator;
import vn.learningcommunity.deadline.OverdueFollowUps;
import vn.learningcommunity.deadline.ProvinceCalendar;
import vn.learningcommunity.deadline.TaskDeadline;
import vn.learningcommunity.identity.CandidateGroups;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.identity.GroupProvisioning;
import vn.learningcommunity.testsupport.AcceptingValidator;
import vn.learningcommunity.testsupport.CalendarFixtures;
import vn.learningcommunity.testsupport.TestEngine;
import vn.learningcommunity.validation.TaskCompletionValidation;

/**
 * The real rules every recognition case runs on a plain engine: the shipped calendar, the group
 * scheme, and the approval, verification, decision and follow-up validators. The forms given here
 * have rules that read the database; they are accepted as they are and tested with Spring.
 */
final class CaseRules {

  private CaseRules() {}

  static void wire(String... formsCheckedWithSpring) {
    TestEngine.BEANS.clear();
    TestEngine.BEANS.put("deadlines", new Deadlines(CalendarFixtures.shipped()));
    TestEngine.BEANS.put("groups", new CandidateGroups());
    TestEngine.BEANS.put("indicatorAnswers", new IndicatorAnswersExpression());
    TestEngine.BEANS.put("taskValidation", new TaskCompletionValidation(List.of(
        new AcceptingValidator(formsCheckedWithSpring), new ChairApprovalValidator(businessKey -> true), new VerificationValidator(),
        new DecisionValidator(new EngineClock(ProvinceCalendar.ZONE)), new FollowUpValidator())));
  }

  /** What the register's lookup writes for the upgrade rule, judged by the real shared decision (deployed with the test). */
  static void writeUpgradeFacts(ProcessEngine engine, DelegateExecution execution, int previousLevel, Integer months) {
    execution.setVariable("previousLevel", previousLevel);
    execution.setVariable("monthsSincePreviousDecision", months);
    execution.setVariable("upgradeEligible", new UpgradeEligibility(
        new vn.learningcommunity.rules.LatestDecisions(engine.getRepositoryService(), engine.getIdentityService()))
        .eligible(new UpgradeFacts(previousLevel, months)));
  }

  /**
   * The deadline listeners with the real follow-up process; the notices they record are left to the
   * Spring test ({@code DeadlineApplicationTest}).
   */
  static void wireDeadlines(ProcessEngine engine, List<String> calls) {
    OverdueFollowUps followUps = new OverdueFollowUps(engine.getRuntimeService(),
        new CaseVisibility(new GroupProvisioning(engine.getIdentityService(), engine.getAuthorizationService())));
    TestEngine.BEANS.put("deadlineReminder", (TaskListener) task -> calls.add("deadlineReminder"));
    TestEngine.BEANS.put("overdueEscalation", (TaskListener) task -> {
      calls.add("overdueEscalation");
      task.getExecution().getProcessInstance().setVariable("overdue", true);
      followUps.open(task, TaskDeadline.of(task.getBpmnModelElementInstance()));
    });
    TestEngine.BEANS.put("followUpClosing", (ExecutionListener) followUps::closeAll);
  }
}
