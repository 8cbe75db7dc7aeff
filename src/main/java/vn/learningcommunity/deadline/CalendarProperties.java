package vn.learningcommunity.deadline;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar as configuration (until the annual campaign carries it): month-day ("MM-DD") per
 * milestone in the year after the evaluation year, the hour tasks fall due, and how long before
 * a deadline the reminder goes out.
 */
@ConfigurationProperties("learning-community.calendar")
public record CalendarProperties(
    String dueTime,
    Duration reminderLead,
    Map<Milestone, String> milestones,
    Map<Milestone, String> circularLimits) {}
