package vn.learningcommunity.deadline;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deadlines of a province and evaluation year. Refuses, at start-up, a calendar whose dates are
 * out of order or missing, and warns about dates later than the Circular allows.
 */
@Service
public class ProvinceCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Logger log = LoggerFactory.getLogger(ProvinceCalendar.class);

  private final Map<Milestone, MonthDay> dueDays = new EnumMap<>(Milestone.class);
  private final Map<Milestone, MonthDay> circularLimits = new EnumMap<>(Milestone.class);
  private final LocalTime dueTime;
  private final Duration reminderLead;

  public ProvinceCalendar(CalendarProperties properties) {
    List<String> problems = new ArrayList<>();
    this.dueTime = parseTime(properties.dueTime(), problems);
    this.reminderLead = properties.reminderLead() == null ? Duration.ofDays(3) : properties.reminderLead();
    if (reminderLead.isNegative() || reminderLead.isZero()) {
      problems.add("reminder-lead must be positive, was " + reminderLead);
    }
    MonthDay previous = null;
    for (Milestone milestone : Milestone.values()) {
      MonthDay day = parseDay(milestone, properties.milestones() == null ? null : properties.milestones().get(milestone), problems);
      if (day == null) {
        continue;
      }
      if (previous != null && day.isBefore(previous)) {
        problems.add(milestone + " (" + day + ") falls before the milestone that precedes it (" + previous + ")");
      }
      dueDays.put(milestone, day);
      previous = day;
    }
    if (properties.circularLimits() != null) {
      properties.circularLimits().forEach((milestone, text) -> {
        MonthDay limit = parseDay(milestone, text, problems);
        if (limit != null) {
          circularLimits.put(milestone, limit);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid learning-community.calendar: " + String.join("; ", problems));
    }
    circularLimitWarnings().forEach(log::warn);
  }

  public ZonedDateTime due(Milestone milestone, String provinceCode, int evaluationYear) {
    return LocalDate.of(evaluationYear + 1, 1, 1)
        .with(dueDays.get(milestone))
        .atTime(dueTime)
        .atZone(ZONE);
  }

  public ZonedDateTime reminder(Milestone milestone, String provinceCode, int evaluationYear) {
    return due(milestone, provinceCode, evaluationYear).minus(reminderLead);
  }

  public ZonedDateTime followUp(Milestone milestone, String provinceCode, int evaluationYear) {
    return due(milestone, provinceCode, evaluationYear).plus(reminderLead);
  }

  /** Configured dates that are not before the Circular's limit for the same step. */
  public List<String> circularLimitWarnings() {
    List<String> warnings = new ArrayList<>();
    circularLimits.forEach((milestone, limit) -> {
      MonthDay due = dueDays.get(milestone);
      if (due != null && !due.isBefore(limit)) {
        warnings.add("Hạn \"" + milestone.title() + "\" (" + due + ") không trước giới hạn của Thông tư 25/2023/TT-BGDĐT ("
            + limit + ").");
      }
    });
    return warnings;
  }

  private static MonthDay parseDay(Milestone milestone, String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(milestone + " has no date");
      return null;
    }
    try {
      return MonthDay.parse("--" + text.trim());
    } catch (DateTimeException e) {
      problems.add(milestone + " must be a month-day such as 02-15, was '" + text + "'");
      return null;
    }
  }

  private static LocalTime parseTime(String text, List<String> problems) {
    try {
      return text == null ? LocalTime.of(17, 0) : LocalTime.parse(text.trim());
    } catch (DateTimeException e) {
      problems.add("due-time must be a time such as 17:00, was '" + text + "'");
      return LocalTime.of(17, 0);
    }
  }
}
