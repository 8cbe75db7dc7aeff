package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole months for the 12-month upgrade rule, on month ends and leap years. */
class CalendarMonthsTest {

  @ParameterizedTest(name = "{0} → {1}: {2} months")
  @CsvSource({
      "2024-02-29, 2025-02-28, 12",   // leap day: no 29 February in 2025, the period ends on the 28th
      "2024-02-29, 2025-02-27, 11",
      "2024-02-29, 2028-02-29, 48",
      "2023-02-28, 2024-02-28, 12",
      "2023-02-28, 2024-02-27, 11",
      "2024-01-31, 2024-02-29, 1",    // 31 January + 1 month ends on the last day of February
      "2024-01-31, 2024-02-28, 0",
      "2023-01-31, 2023-02-28, 1",
      "2024-03-31, 2025-03-30, 11",
      "2024-03-31, 2025-03-31, 12",
      "2024-08-31, 2025-09-30, 13",
      "2025-03-01, 2026-03-01, 12",   // exactly 12 counts
      "2025-03-01, 2026-02-28, 11",
      "2025-03-15, 2025-03-15, 0",
      "2026-01-10, 2025-01-10, 0"})
  void countsWholeMonthsAsTheCivilCodeDoes(LocalDate from, LocalDate to, int months) {
    assertThat(CalendarMonths.completed(from, to)).isEqualTo(months);
  }
}
