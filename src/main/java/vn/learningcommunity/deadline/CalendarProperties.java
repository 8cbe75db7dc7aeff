package vn.learningcommunity.deadline;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The calendar as configuration (until the annual campaign carries it): month-day ("MM-DD") per
 * milestone in the year after the evaluation year, the hour tasks fall due, how long before a
 * deadline the reminder goes out, and where a deadline on a day off moves.
 */
@ConfigurationProperties("learning-community.calendar")
public record CalendarProperties(
    String dueTime,
    Duration reminderLead,
    Map<Milestone, String> milestones,
    Map<Milestone, String> circularLimits,
    WorkingDays.Direction nonWorkingDay) {

  @ConstructorBinding
  public CalendarProperties {
  }

  /** The calendar with the default direction (earlier), as tests build it. */
  public CalendarProperties(String dueTime, Duration reminderLead, Map<Milestone, String> milestones,
      Map<Milestone, String> circularLimits) {
    this(dueTime, reminderLead, milestones, circularLimits, WorkingDays.Direction.EARLIER);
  }
}
