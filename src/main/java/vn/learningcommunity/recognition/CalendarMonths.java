package vn.learningcommunity.recognition;

import java.time.LocalDate;

/**
 * Months as the Circular and the Civil Code count them: a period of n months from a day ends on the
 * same day n months later, or on the last day of that month when it has no such day. A Level 1
 * decided on 29 February 2024 is therefore 12 months old on 28 February 2025 — one day earlier
 * than {@code ChronoUnit.MONTHS} would say.
 */
public final class CalendarMonths {

  private CalendarMonths() {}

  /** The whole months from {@code from} to {@code to} (0 when {@code to} is not later). */
  public static int completed(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    // plusMonths ends on the month's last day when the day does not exist there, as the rule says
    return from.plusMonths(months).isAfter(to) ? months - 1 : months;
  }
}
