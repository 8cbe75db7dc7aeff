package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.learningcommunity.testsupport.CalendarFixtures;

class ProvinceCalendarTest {

  final CalendarProperties shipped = CalendarFixtures.shippedProperties();

  ProvinceCalendar with(Milestone milestone, String day) {
    Map<Milestone, String> days = new EnumMap<>(shipped.milestones());
    days.put(milestone, day);
    return new ProvinceCalendar(new CalendarProperties(shipped.dueTime(), shipped.reminderLead(), days, shipped.circularLimits()));
  }

  @Test
  void dongNaiDeadlinesFallInTheYearAfterTheEvaluationYearAtFiveInTheAfternoon() {
    ProvinceCalendar calendar = CalendarFixtures.shipped();
    assertThat(calendar.due(Milestone.COMMUNE_DECISION, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-02-10T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.due(Milestone.DISTRICT_REPORT_TO_PROVINCE, "75", 2024))
        .isEqualTo(ZonedDateTime.parse("2025-02-15T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.reminder(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-01-07T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.circularLimitWarnings()).isEmpty();
  }

  @Test
  void refusesDeadlinesOutOfOrder() {
    assertThatThrownBy(() -> with(Milestone.DISTRICT_EVALUATION, "01-05"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DISTRICT_EVALUATION (--01-05) falls before");
  }

  @Test
  void refusesADateThatDoesNotExist() {
    assertThatThrownBy(() -> with(Milestone.COMMUNE_DECISION, "02-30")).hasMessageContaining("month-day");
    assertThatThrownBy(() -> with(Milestone.COMMUNE_DECISION, "")).hasMessageContaining("COMMUNE_DECISION has no date");
  }

  @Test
  void warnsWhenADateIsNotBeforeTheCircularsLimit() {
    Map<Milestone, String> days = new EnumMap<>(shipped.milestones());
    days.put(Milestone.COMMUNE_DECISION, "03-31");
    days.put(Milestone.DISTRICT_REPORT_TO_PROVINCE, "04-05");
    ProvinceCalendar late = new ProvinceCalendar(
        new CalendarProperties("17:00", Duration.ofDays(3), days, shipped.circularLimits()));
    assertThat(late.circularLimitWarnings()).singleElement().asString()
        .contains("Quyết định công nhận cấp xã").contains("Thông tư 25/2023/TT-BGDĐT");
  }
}
