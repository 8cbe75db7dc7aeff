package vn.learningcommunity.deadline;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Answers every due date and timer in the BPMN: no date is ever written into a model. A user task
 * is due on the milestone its {@code deadline} property names ({@link TaskDeadline}):
 * {@code camunda:dueDate="${deadlines.taskDue(execution)}"}, reminded by a timeout listener at
 * {@code ${deadlines.taskReminder(execution)}} and escalated by one at {@code ${deadlines.taskDue(execution)}};
 * other timers name their milestone, e.g. {@code ${deadlines.due('DISTRICT_REPORT_TO_PROVINCE', execution)}}.
 * Returns {@link Date} because that is what the engine's timers accept.
 */
@Component("deadlines")
public class Deadlines {

  private final ProvinceCalendar calendar;

  public Deadlines(ProvinceCalendar calendar) {
    this.calendar = calendar;
  }

  public Date due(String milestone, DelegateExecution execution) {
    return date(calendar.due(Milestone.valueOf(milestone), province(execution), year(execution)));
  }

  public Date reminder(String milestone, DelegateExecution execution) {
    return date(calendar.reminder(Milestone.valueOf(milestone), province(execution), year(execution)));
  }

  /** A follow-up of an overdue step is itself due one reminder lead after the missed deadline. */
  public Date followUp(String milestone, DelegateExecution execution) {
    return date(calendar.followUp(Milestone.valueOf(milestone), province(execution), year(execution)));
  }

  public Date taskDue(DelegateExecution execution) {
    return date(calendar.due(milestoneOfTask(execution), province(execution), year(execution)));
  }

  public Date taskReminder(DelegateExecution execution) {
    return date(calendar.reminder(milestoneOfTask(execution), province(execution), year(execution)));
  }

  private static Date date(ZonedDateTime moment) {
    return Date.from(moment.toInstant());
  }

  private static Milestone milestoneOfTask(DelegateExecution execution) {
    return TaskDeadline.of(execution.getBpmnModelElementInstance()).milestone();
  }

  private static String province(DelegateExecution execution) {
    return (String) execution.getVariable("provinceCode");
  }

  private static int year(DelegateExecution execution) {
    return ((Number) execution.getVariable("evaluationYear")).intValue();
  }
}
