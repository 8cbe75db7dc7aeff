package vn.learningcommunity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebConfiguration {

  /** Outermost, so that it sees the answers of the authentication and guard filters too. */
  @Bean
  FilterRegistrationBean<EngineErrorResponses> engineErrorResponses(ObjectMapper json, TaskService tasks) {
    // outside every filter no one is authenticated: the query sees every task
    FilterRegistrationBean<EngineErrorResponses> registration = new FilterRegistrationBean<>(new EngineErrorResponses(json,
        taskId -> tasks.createTaskQuery().taskId(taskId).count() > 0));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Inside the error translation, so its refusal keeps its own words. */
  @Bean
  FilterRegistrationBean<JsonBodyLimit> jsonBodyLimit() {
    FilterRegistrationBean<JsonBodyLimit> registration = new FilterRegistrationBean<>(new JsonBodyLimit());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  /** Before everything else: nothing is served until the reference data is in place. */
  @Bean
  FilterRegistrationBean<NotReadyYet> notReadyYet(ApplicationAvailability availability) {
    FilterRegistrationBean<NotReadyYet> registration = new FilterRegistrationBean<>(new NotReadyYet(availability));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
