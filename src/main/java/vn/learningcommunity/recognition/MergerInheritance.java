package vn.learningcommunity.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.unit.UnitSuccession;

/**
 * What a unit formed on 1 July 2025 holds from the units it was formed of: their recognitions (with
 * their names of the time), and what the provisional decision {@value #DECISION}
 * ({@code processes/common/inheritedRecognition.dmn}) lets it inherit.
 */
@Service
public class MergerInheritance {

  public static final String DECISION = "inheritedRecognition";

  /** An old unit that went into the new one, and the recognition it held in the year asked about, if any. */
  public record PredecessorStanding(UnitSuccession line, Optional<Recognition> recognition) {}

  /** What the new unit inherits: the level, the earliest end of validity and the latest decision among them. */
  public record Inherited(int level, LocalDate validUntil, LocalDate latestDecisionDate) {}

  private final UnitDirectory units;
  private final RecognitionRepository recognitions;
  private final RepositoryService repository;
  private final IdentityService identity;
  /** Evaluates without writing decision history: progress is read on a public page, in read-only transactions. */
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public MergerInheritance(UnitDirectory units, RecognitionRepository recognitions, RepositoryService repository,
      IdentityService identity) {
    this.units = units;
    this.recognitions = recognitions;
    this.repository = repository;
    this.identity = identity;
  }

  /** Each predecessor with its latest recognition of the old structure still valid in the year. */
  public List<PredecessorStanding> predecessors(String newCode, UnitLevel level, int year) {
    return units.predecessors(newCode, level).stream()
        .map(line -> new PredecessorStanding(line, Recognition.heldIn(
            recognitions.findByUnitCodeOrderByDecisionDateDesc(line.getOldCode()).stream()
                .filter(r -> UnitDirectory.isThreeTierYear(r.getEvaluationYear())).toList(), year)))
        .toList();
  }

  /** The latest deployed version of the rule, so that an administrator's correction applies at once. */
  private DmnDecision latestRule() {
    DecisionDefinition latest = AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION).latestVersion().withoutTenantId().singleResult());
    return parsed.computeIfAbsent(latest.getId(), id -> AsSystem.call(identity, () -> {
      try (InputStream model = repository.getDecisionModel(id)) {
        return dmn.parseDecision(DECISION, model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  public Optional<Inherited> inherited(String newCode, UnitLevel level, int year) {
    List<PredecessorStanding> full = predecessors(newCode, level, year).stream()
        .filter(p -> p.line().getKind() == UnitSuccession.Kind.FULL).toList();
    List<Recognition> held = full.stream().flatMap(p -> p.recognition().stream()).toList();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("fullPredecessors", full.size());
    inputs.put("fullPredecessorsRecognised", held.size());
    inputs.put("lowestLevel", held.stream().map(Recognition::getLevel).min(Integer::compare).orElse(null));
    Object decided = dmn.evaluateDecision(latestRule(), inputs).getSingleResult().getSingleEntry();
    int inheritedLevel = decided == null ? 0 : ((Number) decided).intValue();
    if (inheritedLevel == 0) {
      return Optional.empty();
    }
    return Optional.of(new Inherited(inheritedLevel,
        held.stream().map(Recognition::getValidUntil).min(Comparator.naturalOrder()).orElseThrow(),
        held.stream().map(Recognition::getDecisionDate).max(Comparator.naturalOrder()).orElseThrow()));
  }
}
