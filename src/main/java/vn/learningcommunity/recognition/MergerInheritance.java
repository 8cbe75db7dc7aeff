package vn.learningcommunity.recognition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.learningcommunity.rules.LatestDecisions;
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
  private final LatestDecisions decisions;

  public MergerInheritance(UnitDirectory units, RecognitionRepository recognitions, LatestDecisions decisions) {
    this.units = units;
    this.recognitions = recognitions;
    this.decisions = decisions;
  }

  /** Each predecessor with its latest recognition of the old structure still valid in the year. */
  public List<PredecessorStanding> predecessors(String newCode, UnitLevel level, int year) {
    List<UnitSuccession> lines = units.predecessors(newCode, level);
    if (lines.isEmpty()) {
      return List.of();
    }
    // the recognitions of all predecessors in one query, newest decision first as heldIn expects
    Map<String, List<Recognition>> byUnit = recognitions.findByUnitCodeInOrderByDecisionDateDesc(
            lines.stream().map(UnitSuccession::getOldCode).distinct().toList()).stream()
        .filter(r -> UnitDirectory.isThreeTierYear(r.getEvaluationYear()))
        .collect(Collectors.groupingBy(Recognition::getUnitCode));
    return lines.stream()
        .map(line -> new PredecessorStanding(line, Recognition.heldIn(byUnit.getOrDefault(line.getOldCode(), List.of()), year)))
        .toList();
  }

  public Optional<Inherited> inherited(String newCode, UnitLevel level, int year) {
    List<PredecessorStanding> full = predecessors(newCode, level, year).stream()
        .filter(p -> p.line().getKind() == UnitSuccession.Kind.FULL).toList();
    List<Recognition> held = full.stream().flatMap(p -> p.recognition().stream()).toList();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("fullPredecessors", full.size());
    inputs.put("fullPredecessorsRecognised", held.size());
    inputs.put("lowestLevel", held.stream().map(Recognition::getLevel).min(Integer::compare).orElse(null));
    Object decided = decisions.evaluate(DECISION, inputs).getSingleResult().getSingleEntry();
    int inheritedLevel = decided == null ? 0 : ((Number) decided).intValue();
    if (inheritedLevel == 0) {
      return Optional.empty();
    }
    return Optional.of(new Inherited(inheritedLevel,
        held.stream().map(Recognition::getValidUntil).min(Comparator.naturalOrder()).orElseThrow(),
        held.stream().map(Recognition::getDecisionDate).max(Comparator.naturalOrder()).orElseThrow()));
  }
}
