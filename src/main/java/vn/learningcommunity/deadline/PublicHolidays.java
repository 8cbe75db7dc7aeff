package vn.learningcommunity.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.validation.NotFoundException;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * The public holidays an administrator keeps. A change applies to every deadline computed from
 * then on; timers already set keep their dates.
 */
@Service
public class PublicHolidays {

  private final PublicHolidayRepository holidays;
  private final WorkingDays workingDays;

  public PublicHolidays(PublicHolidayRepository holidays, WorkingDays workingDays) {
    this.holidays = holidays;
    this.workingDays = workingDays;
  }

  @Transactional(readOnly = true)
  public List<PublicHoliday> ofYear(int year) {
    return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @Transactional
  public PublicHoliday set(LocalDate date, String name, boolean provisional) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty()) {
      throw new RejectedInputException("Cần ghi tên ngày nghỉ (ví dụ: Tết Nguyên đán).");
    }
    if (trimmed.length() > PublicHoliday.NAME_LIMIT) {
      throw new RejectedInputException("Tên ngày nghỉ dài quá " + PublicHoliday.NAME_LIMIT + " ký tự.");
    }
    PublicHoliday holiday = holidays.findById(date).orElse(null);
    if (holiday == null) {
      holiday = holidays.save(new PublicHoliday(date, trimmed, provisional));
    } else {
      holiday.rename(trimmed, provisional);
    }
    workingDays.reload();
    return holiday;
  }

  @Transactional
  public void remove(LocalDate date) {
    PublicHoliday holiday = holidays.findById(date)
        .orElseThrow(() -> new NotFoundException("Ngày " + ProvinceCalendar.vietnamese(date)
            + " không có trong danh sách ngày nghỉ."));
    holidays.delete(holiday);
    workingDays.reload();
  }
}
