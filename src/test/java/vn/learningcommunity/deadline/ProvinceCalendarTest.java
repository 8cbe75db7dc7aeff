package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
        .isEqualTo(ZonedDateTime.parse("2025-02-14T17:00:00+07:00[Asia/Ho_Chi_Minh]")); // "before 15/02"
    assertThat(calendar.reminder(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-01-07T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.check(calendar.defaults(2026), 2026, null).warnings()).isEmpty();
  }

  @Test
  void refusesConfiguredDeadlinesOutOfOrder() {
    assertThatThrownBy(() -> with(Milestone.DISTRICT_EVALUATION, "01-05"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Hạn \"Đánh giá hồ sơ\" (05/01/2025) không được trước hạn \"Kiểm tra hồ sơ\" (22/01/2025).");
  }

  @Test
  void refusesACampaignCalendarThatMakesNoSense() {
    ProvinceCalendar calendar = CalendarFixtures.shipped();
    Map<Milestone, LocalDate> dates = calendar.defaults(2024);
    dates.put(Milestone.COMMUNE_SELF_ASSESSMENT, LocalDate.of(2025, 1, 2));
    dates.remove(Milestone.DISTRICT_VERIFICATION);
    CalendarCheck check = calendar.check(dates, 2024, LocalDate.of(2025, 1, 3));
    assertThat(check.problems()).containsExactly(
        "Hạn \"Hoàn thành tự đánh giá cấp xã\" (02/01/2025) không được trước ngày mở chiến dịch (03/01/2025).",
        "Chưa có hạn \"Kiểm tra hồ sơ\".");
    dates = calendar.defaults(2024);
    dates.put(Milestone.COMMUNE_SELF_ASSESSMENT, LocalDate.of(2024, 12, 20));
    assertThat(calendar.check(dates, 2024, LocalDate.of(2024, 12, 1)).problems()).containsExactly(
        "Hạn \"Hoàn thành tự đánh giá cấp xã\" (20/12/2024) phải sau khi năm đánh giá 2024 kết thúc.");
  }

  @Test
  void campaignDatesTakePrecedenceOverTheDefaults() {
    CalendarOverrides campaign = (milestone, province, year) ->
        "75".equals(province) && year == 2024 && milestone == Milestone.COMMUNE_DECISION
            ? java.util.Optional.of(LocalDate.of(2025, 2, 5)) : java.util.Optional.empty();
    ProvinceCalendar calendar = new ProvinceCalendar(shipped, java.util.List.of(campaign), WorkingDays.everyDay());
    assertThat(calendar.due(Milestone.COMMUNE_DECISION, "75", 2024))
        .isEqualTo(ZonedDateTime.parse("2025-02-05T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.due(Milestone.COMMUNE_DECISION, "74", 2024))
        .isEqualTo(ZonedDateTime.parse("2025-02-10T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
  }

  @Test
  void refusesADateThatDoesNotExist() {
    assertThatThrownBy(() -> with(Milestone.COMMUNE_DECISION, "02-30")).hasMessageContaining("month-day");
    assertThatThrownBy(() -> with(Milestone.COMMUNE_DECISION, "")).hasMessageContaining("COMMUNE_DECISION has no date");
  }

  @Test
  void warnsWhenADateIsNotBeforeTheCircularsLimit() {
    ProvinceCalendar calendar = CalendarFixtures.shipped();
    Map<Milestone, LocalDate> dates = calendar.defaults(2024);
    dates.put(Milestone.COMMUNE_DECISION, LocalDate.of(2025, 3, 31));
    // everything after it moves on into April, in order and before the district limits
    int day = 1;
    for (Milestone later : Milestone.values()) {
      if (later.compareTo(Milestone.COMMUNE_DECISION) > 0) {
        dates.put(later, LocalDate.of(2025, 4, day++));
      }
    }
    CalendarCheck check = calendar.check(dates, 2024, null);
    assertThat(check.problems()).isEmpty();
    assertThat(check.warnings()).containsExactly("Hạn \"Quyết định công nhận cấp xã\" (31/03/2025) không trước giới hạn "
        + "của Thông tư 25/2023/TT-BGDĐT (trước ngày 31/03/2025).");
  }
}
