package vn.learningcommunity.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check of an official, the engine reads every distinct group that
 * holds an authorization ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}) only to drop
 * the official's groups that hold none. With a group per unit and role that is ~10,000 groups read
 * and hashed on every command at national scale (a third of the engine's CPU, issue 11). An
 * official belongs to one or two groups; a group without authorizations in the check's
 * {@code IN (…)} list matches no row, so the check's answer is the same without the scan.
 */
@Component
class AuthorizationChecksWithoutGroupScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsAuthenticated();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class GroupsAsAuthenticated extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds.stream().filter(Objects::nonNull).toList();
    }
  }
}
