package vn.learningcommunity.deadline;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.learningcommunity.identity.Callers;

/** The public holidays that move deadlines: every logged-in user reads them, administrators keep them. */
@RestController
class PublicHolidayController {

  record HolidayChange(String name, Boolean provisional) {}

  private final PublicHolidays holidays;
  private final IdentityService identity;

  PublicHolidayController(PublicHolidays holidays, IdentityService identity) {
    this.holidays = holidays;
    this.identity = identity;
  }

  @GetMapping("/api/holidays")
  List<PublicHoliday> ofYear(@RequestParam int year) {
    return holidays.ofYear(year);
  }

  @PutMapping("/api/holidays/{date}")
  PublicHoliday set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestBody HolidayChange change) {
    requireAdministrator();
    return holidays.set(date, change.name(), Boolean.TRUE.equals(change.provisional()));
  }

  @DeleteMapping("/api/holidays/{date}")
  ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    requireAdministrator();
    holidays.remove(date);
    return ResponseEntity.noContent().build();
  }

  private void requireAdministrator() {
    Callers.requireOneOf(identity.getCurrentAuthentication(), "Chỉ quản trị hệ thống mới được sửa danh sách ngày nghỉ.");
  }
}
