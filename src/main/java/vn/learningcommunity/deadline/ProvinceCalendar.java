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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * Deadlines of a province and evaluation year: the annual campaign's own dates where it set them,
 * else the configured defaults, moved off weekends and public holidays ({@link WorkingDays}). Checks
 * any calendar for dates out of order or before the campaign opens (refused), and for dates not
 * before the Circular's limits or on a day off (warned).
 */
@Service
public class ProvinceCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Logger log = LoggerFactory.getLogger(ProvinceCalendar.class);

  private final Map<Milestone, MonthDay> defaultDays = new EnumMap<>(Milestone.class);
  private final Map<Milestone, MonthDay> circularLimits = new EnumMap<>(Milestone.class);
  private final LocalTime dueTime;
  private final Duration reminderLead;
  private final List<CalendarOverrides> overrides;
  private final WorkingDays workingDays;

  /** The configured calendar where every day is a working day: for tests of the procedure. */
  public ProvinceCalendar(CalendarProperties properties) {
    this(properties, List.of(), WorkingDays.everyDay());
  }

  @Autowired
  public ProvinceCalendar(CalendarProperties properties, List<CalendarOverrides> overrides, WorkingDays workingDays) {
    this.overrides = overrides;
    this.workingDays = workingDays;
    List<String> problems = new ArrayList<>();
    this.dueTime = parseTime(properties.dueTime(), problems);
    this.reminderLead = properties.reminderLead() == null ? Duration.ofDays(3) : properties.reminderLead();
    if (reminderLead.isNegative() || reminderLead.isZero()) {
      problems.add("reminder-lead must be positive, was " + reminderLead);
    }
    for (Milestone milestone : Milestone.values()) {
      MonthDay day = parseDay(milestone, properties.milestones() == null ? null : properties.milestones().get(milestone), problems);
      if (day != null) {
        defaultDays.put(milestone, day);
      }
    }
    if (properties.circularLimits() != null) {
      properties.circularLimits().forEach((milestone, text) -> {
        MonthDay limit = parseDay(milestone, text, problems);
        if (limit != null) {
          circularLimits.put(milestone, limit);
        }
      });
    }
    if (problems.isEmpty()) {
      // any year will do: the defaults fall on the same days every year
      CalendarCheck check = check(defaults(2024), 2024, null, WorkingDays.everyDay());
      problems.addAll(check.problems());
      check.warnings().forEach(log::warn);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid learning-community.calendar: " + String.join("; ", problems));
    }
  }

  /** The configured dates for an evaluation year: every milestone falls in the following year. */
  public Map<Milestone, LocalDate> defaults(int evaluationYear) {
    Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
    defaultDays.forEach((milestone, day) -> dates.put(milestone, day.atYear(evaluationYear + 1)));
    return dates;
  }

  /**
   * Refuses dates that are missing, out of the order of the procedure, before the campaign opens,
   * or before the evaluation year ends; warns about dates not before the Circular's limits.
   */
  public CalendarCheck check(Map<Milestone, LocalDate> dates, int evaluationYear, LocalDate openedOn) {
    return check(dates, evaluationYear, openedOn, workingDays);
  }

  private CalendarCheck check(Map<Milestone, LocalDate> dates, int evaluationYear, LocalDate openedOn, WorkingDays days) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Milestone previous = null;
    for (Milestone milestone : Milestone.values()) {
      LocalDate date = dates.get(milestone);
      if (date == null) {
        problems.add("Chưa có hạn \"" + milestone.title() + "\".");
        continue;
      }
      if (date.getYear() <= evaluationYear) {
        problems.add("Hạn \"" + milestone.title() + "\" (" + vietnamese(date) + ") phải sau khi năm đánh giá "
            + evaluationYear + " kết thúc.");
      }
      if (openedOn != null && date.isBefore(openedOn)) {
        problems.add("Hạn \"" + milestone.title() + "\" (" + vietnamese(date) + ") không được trước ngày mở chiến dịch ("
            + vietnamese(openedOn) + ").");
      }
      if (previous != null && dates.get(previous) != null && date.isBefore(dates.get(previous))) {
        problems.add("Hạn \"" + milestone.title() + "\" (" + vietnamese(date) + ") không được trước hạn \"" + previous.title()
            + "\" (" + vietnamese(dates.get(previous)) + ").");
      }
      if (!days.isWorkingDay(date)) {
        warnings.add("Hạn \"" + milestone.title() + "\" (" + vietnamese(date) + ") rơi vào ngày nghỉ; hạn được tính là ngày làm "
            + "việc " + vietnamese(days.adjust(date)) + ".");
      }
      MonthDay limit = circularLimits.get(milestone);
      if (limit != null && !date.isBefore(limit.atYear(evaluationYear + 1))) {
        warnings.add("Hạn \"" + milestone.title() + "\" (" + vietnamese(date) + ") không trước giới hạn của Thông tư "
            + "25/2023/TT-BGDĐT (trước ngày " + vietnamese(limit.atYear(evaluationYear + 1)) + ").");
      }
      previous = milestone;
    }
    return new CalendarCheck(problems, warnings);
  }

  public ZonedDateTime due(Milestone milestone, String provinceCode, int evaluationYear) {
    LocalDate day = overrides.stream()
        .map(source -> source.dueOn(milestone, provinceCode, evaluationYear))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(() -> defaultDays.get(milestone).atYear(evaluationYear + 1));
    return workingDays.adjust(day).atTime(dueTime).atZone(ZONE);
  }

  public ZonedDateTime reminder(Milestone milestone, String provinceCode, int evaluationYear) {
    return due(milestone, provinceCode, evaluationYear).minus(reminderLead);
  }

  public ZonedDateTime followUp(Milestone milestone, String provinceCode, int evaluationYear) {
    ZonedDateTime after = due(milestone, provinceCode, evaluationYear).plus(reminderLead);
    return workingDays.adjust(after.toLocalDate()).atTime(after.toLocalTime()).atZone(ZONE);
  }

  /** A date as Vietnamese write it: 04/02/2027. */
  static String vietnamese(LocalDate date) {
    return date.format(VietnameseDates.DATE);
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
