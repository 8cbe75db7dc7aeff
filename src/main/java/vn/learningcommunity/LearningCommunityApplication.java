package vn.learningcommunity;

import java.time.Clock;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.learningcommunity.deadline.EngineClock;
import vn.learningcommunity.deadline.ProvinceCalendar;

/**
 * A process application: {@code META-INF/processes.xml} deploys the models and forms together, and
 * deploys nothing on a restart when nothing changed.
 */
@SpringBootApplication
@EnableProcessApplication("learning-community")
@ConfigurationPropertiesScan
public class LearningCommunityApplication {

  public static void main(String[] args) {
    SpringApplication.run(LearningCommunityApplication.class, args);
  }

  @Bean
  Clock clock() {
    return new EngineClock(ProvinceCalendar.ZONE);
  }
}
