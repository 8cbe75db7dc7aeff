package vn.learningcommunity.recognition;

import java.util.List;
import vn.learningcommunity.deadline.Deadlines;
import vn.learningcommunity.deadline.EngineClock;
import vn.learningcommunity.deadline.FollowUpValidator;
import vn.learningcommunity.deadline.ProvinceCalendar;
import vn.learningcommunity.identity.CandidateGroups;
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
    TestEngine.BEANS.put("taskValidation", new TaskCompletionValidation(List.of(
        new AcceptingValidator(formsCheckedWithSpring), new ChairApprovalValidator(), new VerificationValidator(),
        new DecisionValidator(new EngineClock(ProvinceCalendar.ZONE)), new FollowUpValidator())));
  }
}
