package vn.learningcommunity.deadline;

import java.time.LocalDate;
import java.util.Optional;

/** A calendar set for one province and year (the annual campaign's), taking precedence over the defaults. */
public interface CalendarOverrides {

  Optional<LocalDate> dueOn(Milestone milestone, String provinceCode, int evaluationYear);
}
