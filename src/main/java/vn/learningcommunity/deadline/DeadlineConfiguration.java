package vn.learningcommunity.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeadlineConfiguration {

  @Bean
  WorkingDays workingDays(PublicHolidayRepository holidays, CalendarProperties properties) {
    return WorkingDays.of(WorkingDays.from(holidays), properties.nonWorkingDay());
  }
}
