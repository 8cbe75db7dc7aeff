package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.AtOnce;

/** The shipped holidays move the 2026 campaign's deadlines off Tết 2027 and weekends; an administrator keeps them. */
class WorkingDaysApplicationTest extends ApplicationTestSupport {

  @Autowired ProvinceCalendar calendar;
  @Autowired PublicHolidays holidays;

  @AfterEach
  void shippedHolidaysAgain() {
    if (holidays.ofYear(2027).stream().anyMatch(h -> h.getDate().equals(LocalDate.of(2027, 1, 8)))) {
      holidays.remove(LocalDate.of(2027, 1, 8));
    }
  }

  @Test
  void theCommuneDecisionOfThe2026CampaignIsDueBeforeTet() {
    // 10 February 2027 is in the Tết Đinh Mùi holiday (lunar New Year on Saturday 6 February)
    assertThat(calendar.due(Milestone.COMMUNE_DECISION, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-02-04T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    // 10 January 2027 is a Sunday, 14 February a Sunday ("before 15/02"), 24 February a Wednesday ("before 25/02")
    assertThat(calendar.due(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-01-08T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.due(Milestone.DISTRICT_REPORT_TO_PROVINCE, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-02-12T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(calendar.due(Milestone.DEPARTMENT_REPORT_TO_PROVINCE, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-02-24T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    for (Milestone milestone : Milestone.values()) {
      ZonedDateTime due = calendar.due(milestone, "75", 2026);
      assertThat(due.getDayOfWeek().getValue()).as(milestone.name()).isLessThan(6);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorAddsAHolidayAndTheNextDeadlineMovesOffIt() {
    ResponseEntity<List> tet = http.withBasicAuth("xuanbacdanhgia", "demo").getForEntity("/api/holidays?year=2027", List.class);
    assertThat(tet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) tet.getBody()).extracting(h -> h.get("date")).contains("2027-02-10");

    ResponseEntity<Map> refused = http.withBasicAuth("dongnaidieuphoi", "demo").exchange("/api/holidays/2027-01-07",
        HttpMethod.PUT, new HttpEntity<>(Map.of("name", "Nghỉ")), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> noDate = http.withBasicAuth("admin", ADMIN_PASSWORD).exchange("/api/holidays/31-02-2027",
        HttpMethod.PUT, new HttpEntity<>(Map.of("name", "Nghỉ")), Map.class);
    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noDate.getBody().get("message")).contains("31-02-2027");

    ResponseEntity<Map> tooLong = http.withBasicAuth("admin", ADMIN_PASSWORD).exchange("/api/holidays/2027-01-08",
        HttpMethod.PUT, new HttpEntity<>(Map.of("name", "N".repeat(PublicHoliday.NAME_LIMIT + 1))), Map.class);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().get("message")).isEqualTo("Tên ngày nghỉ dài quá 200 ký tự.");
    assertThat(holidays.ofYear(2027)).noneMatch(h -> h.getDate().equals(LocalDate.of(2027, 1, 8)));

    ResponseEntity<Map> added = http.withBasicAuth("admin", ADMIN_PASSWORD).exchange("/api/holidays/2027-01-08",
        HttpMethod.PUT, new HttpEntity<>(Map.of("name", "Nghỉ bù", "provisional", true)), Map.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.due(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-01-07T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(http.withBasicAuth("admin", ADMIN_PASSWORD).exchange("/api/holidays/2027-01-08", HttpMethod.DELETE,
        HttpEntity.EMPTY, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(calendar.due(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026))
        .isEqualTo(ZonedDateTime.parse("2027-01-08T17:00:00+07:00[Asia/Ho_Chi_Minh]"));
  }

  @Test
  void theSameHolidayAddedTwiceAtOnceIsStoredOnce() throws Exception {
    List<ResponseEntity<Map>> answers = AtOnce.twice(() -> http.withBasicAuth("admin", ADMIN_PASSWORD)
        .exchange("/api/holidays/2027-01-08", HttpMethod.PUT, new HttpEntity<>(Map.of("name", "Nghỉ bù")), Map.class));
    List<HttpStatus> statuses = new java.util.ArrayList<>();
    for (ResponseEntity<Map> answer : answers) {
      statuses.add((HttpStatus) answer.getStatusCode());
      if (answer.getStatusCode() != HttpStatus.OK) {
        assertThat((String) answer.getBody().get("message")).startsWith("Dữ liệu trùng");
      }
    }
    assertThat(statuses).contains(HttpStatus.OK).allMatch(s -> s == HttpStatus.OK || s == HttpStatus.CONFLICT);
    assertThat(holidays.ofYear(2027)).filteredOn(h -> h.getDate().equals(LocalDate.of(2027, 1, 8))).hasSize(1);
  }
}
