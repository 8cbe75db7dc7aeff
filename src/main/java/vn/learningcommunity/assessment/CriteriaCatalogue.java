package vn.learningcommunity.assessment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The criteria and indicators a unit of a level is assessed against, read from the catalogue tables
 * once per level: the catalogue is the Circular's, changed only by a Flyway migration (and so a
 * restart), while every answered form and document reads it (14 queries per commune case before).
 */
@Service
public class CriteriaCatalogue {

  private final CriterionRepository criteria;
  private final IndicatorRepository indicators;
  private final Map<UnitLevel, List<Criterion>> criteriaByLevel = new ConcurrentHashMap<>();
  private final Map<UnitLevel, List<Indicator>> indicatorsByLevel = new ConcurrentHashMap<>();

  public CriteriaCatalogue(CriterionRepository criteria, IndicatorRepository indicators) {
    this.criteria = criteria;
    this.indicators = indicators;
  }

  public List<Criterion> criteria(UnitLevel level) {
    return criteriaByLevel.computeIfAbsent(level, l -> List.copyOf(criteria.findByUnitLevelOrderByPosition(l)));
  }

  public List<Indicator> indicators(UnitLevel level) {
    return indicatorsByLevel.computeIfAbsent(level, l -> List.copyOf(indicators
        .findByCriterionCodeInOrderByCriterionCodeAscPositionAsc(criteria(l).stream().map(Criterion::getCode).toList())));
  }
}
