package vn.learningcommunity.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.AsSystem;

/**
 * Evaluates the latest deployed version of a decision that the application consults outside a
 * process (routes, merger inheritance), so that an administrator's corrected rule applies at once,
 * without a release. Evaluated by a DMN engine of its own, without decision history: these rules are
 * also read on public pages, in read-only transactions.
 */
@Service
public class LatestDecisions {

  private final RepositoryService repository;
  private final IdentityService identity;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public LatestDecisions(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return dmn.evaluateDecision(latest(decisionKey), inputs);
  }

  private DmnDecision latest(String decisionKey) {
    DecisionDefinition latest = AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().withoutTenantId().singleResult());
    if (latest == null) {
      throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
    }
    return parsed.computeIfAbsent(latest.getId(), id -> AsSystem.call(identity, () -> {
      try (InputStream model = repository.getDecisionModel(id)) {
        return dmn.parseDecision(decisionKey, model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }
}
