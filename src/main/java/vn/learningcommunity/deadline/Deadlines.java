package vn.learningcommunity.deadline;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Answers every due date and timer in the BPMN, e.g.
 * {@code ${deadlines.due('COMMUNE_DECISION', execution)}}: no date is ever written into a model.
 * Returns {@link Date} because that is what the engine's timers accept.
 */
@Component("deadlines")
public class Deadlines {

  private final ProvinceCalendar calendar;

  public Deadlines(ProvinceCalendar calendar) {
    this.calendar = calendar;
  }

  public Date due(String milestone, DelegateExecution execution) {
    return Date.from(calendar.due(Milestone.valueOf(milestone), province(execution), year(execution)).toInstant());
  }

  public Date reminder(String milestone, DelegateExecution execution) {
    return Date.from(calendar.reminder(Milestone.valueOf(milestone), province(execution), year(execution)).toInstant());
  }

  /** A follow-up of an overdue step is itself due one reminder lead after the missed deadline. */
  public Date followUp(String milestone, DelegateExecution execution) {
    return Date.from(calendar.followUp(Milestone.valueOf(milestone), province(execution), year(execution)).toInstant());
  }

  private static String province(DelegateExecution execution) {
    return (String) execution.getVariable("provinceCode");
  }

  private static int year(DelegateExecution execution) {
    return ((Number) execution.getVariable("evaluationYear")).intValue();
  }
}
