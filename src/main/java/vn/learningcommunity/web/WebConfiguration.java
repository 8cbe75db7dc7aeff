package vn.learningcommunity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.learningcommunity.validation.RejectionResponseFilter;

@Configuration
class WebConfiguration {

  /**
   * The engine's REST API and the application's case API authenticate against the engine's users
   * (HTTP Basic), so that the engine's authorizations apply to every call.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/commune-cases/*", "/api/commune-cases", "/api/campaigns", "/api/campaigns/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RejectionResponseFilter> rejectionResponses(ObjectMapper json) {
    FilterRegistrationBean<RejectionResponseFilter> registration =
        new FilterRegistrationBean<>(new RejectionResponseFilter(json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
