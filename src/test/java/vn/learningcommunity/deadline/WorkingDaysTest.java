package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines on a weekend or a public holiday move to a working day, earlier by default. */
class WorkingDaysTest {

  static final Set<LocalDate> TET_2027 = Set.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
      LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));

  @Test
  void earlierIsTheWorkingDayBeforeSoThatABeforeDateIsNeverPassed() {
    WorkingDays days = WorkingDays.of(() -> TET_2027, WorkingDays.Direction.EARLIER);
    assertThat(days.adjust(LocalDate.of(2027, 2, 10))).isEqualTo(LocalDate.of(2027, 2, 4)); // Tết, then the weekend
    assertThat(days.adjust(LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2027, 1, 8)); // a Sunday
    assertThat(days.adjust(LocalDate.of(2027, 2, 12))).isEqualTo(LocalDate.of(2027, 2, 12)); // a working Friday
    assertThat(days.isWorkingDay(LocalDate.of(2027, 2, 13))).isFalse();
  }

  @Test
  void laterIsTheNextWorkingDayAsTheCivilCodeEndsAPeriod() {
    WorkingDays days = WorkingDays.of(() -> TET_2027, WorkingDays.Direction.LATER);
    assertThat(days.adjust(LocalDate.of(2027, 2, 5))).isEqualTo(LocalDate.of(2027, 2, 12));
    assertThat(days.adjust(LocalDate.of(2027, 1, 9))).isEqualTo(LocalDate.of(2027, 1, 11));
  }

  @Test
  void processTestsMayTakeEveryDayAsWorking() {
    assertThat(WorkingDays.everyDay().adjust(LocalDate.of(2027, 2, 6))).isEqualTo(LocalDate.of(2027, 2, 6));
  }
}
