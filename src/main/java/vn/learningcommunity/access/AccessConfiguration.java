package vn.learningcommunity.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class AccessConfiguration {

  static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/engine/*"};

  /** Failed logins are logged (never with a password) wherever people log in. */
  @Bean
  FilterRegistrationBean<FailedLoginLog> failedLoginLog() {
    FilterRegistrationBean<FailedLoginLog> registration = new FilterRegistrationBean<>(new FailedLoginLog());
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 8);
    return registration;
  }

  /**
   * The engine's REST API and the application's authenticated API check HTTP Basic against the
   * engine's users, so that the engine's authorizations apply to every call.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/commune-cases/*", "/api/commune-cases", "/api/campaigns",
        "/api/campaigns/*", "/api/officials/*", "/api/holidays/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity, AuthorizationService authorizations,
      EngineAsApplication engine) {
    FilterRegistrationBean<EngineApiGuard> registration =
        new FilterRegistrationBean<>(new EngineApiGuard(identity, authorizations, engine));
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
