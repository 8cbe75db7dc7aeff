package vn.learningcommunity.access;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start, before anything else is created, when the application runs outside the
 * embedded demo without a first administrator or with a weak password.
 */
class AdministratorCredentialsCheck implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("learning-community.demo.enabled", Boolean.class, false)) {
      FirstAdministrator.requireStrong(new AdministratorProperties(environment.getProperty("learning-community.admin.user"),
          environment.getProperty("learning-community.admin.password"), null, null, null));
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the application's configuration files are read
  }
}
