package vn.learningcommunity.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Which days are working days (not a Saturday, a Sunday or a public holiday), and where a deadline
 * that falls on a day off goes. The Civil Code (art. 148) moves the end of a period to the next
 * working day; for the plan's fixed "before 15/02" dates the safe reading is the working day
 * before, so that the date is never passed: the direction is configuration
 * ({@code learning-community.calendar.non-working-day}, default {@code EARLIER}).
 */
public class WorkingDays {

  public enum Direction { EARLIER, LATER }

  private final Supplier<Set<LocalDate>> holidays;
  private final Direction direction;
  private final boolean daysOff;
  private volatile Set<LocalDate> loaded;

  private WorkingDays(Supplier<Set<LocalDate>> holidays, Direction direction, boolean daysOff) {
    this.holidays = holidays;
    this.direction = direction == null ? Direction.EARLIER : direction;
    this.daysOff = daysOff;
  }

  /** Weekends and the holidays the supplier gives (read once, again after {@link #reload()}). */
  public static WorkingDays of(Supplier<Set<LocalDate>> holidays, Direction direction) {
    return new WorkingDays(holidays, direction, true);
  }

  /** Every day is a working day: for tests of the procedure, not of the calendar. */
  public static WorkingDays everyDay() {
    return new WorkingDays(Set::of, Direction.EARLIER, false);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (!daysOff) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays().contains(day);
  }

  /** The day itself when it is a working day, else the nearest working day in the configured direction. */
  public LocalDate adjust(LocalDate day) {
    LocalDate adjusted = day;
    while (!isWorkingDay(adjusted)) {
      adjusted = direction == Direction.EARLIER ? adjusted.minusDays(1) : adjusted.plusDays(1);
    }
    return adjusted;
  }

  /** Reads the holidays again (after an administrator changed them). */
  public void reload() {
    loaded = null;
  }

  private Set<LocalDate> holidays() {
    Set<LocalDate> days = loaded;
    if (days == null) {
      days = Set.copyOf(holidays.get());
      loaded = days;
    }
    return days;
  }

  static Supplier<Set<LocalDate>> from(PublicHolidayRepository repository) {
    return () -> repository.findAll().stream().map(PublicHoliday::getDate).collect(Collectors.toSet());
  }
}
