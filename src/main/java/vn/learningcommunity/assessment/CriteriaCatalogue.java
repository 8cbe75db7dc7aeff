package vn.learningcommunity.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.learningcommunity.unit.UnitLevel;

/** The criteria and indicators a unit of a level is assessed against, read from the catalogue tables. */
@Service
public class CriteriaCatalogue {

  private final CriterionRepository criteria;
  private final IndicatorRepository indicators;

  public CriteriaCatalogue(CriterionRepository criteria, IndicatorRepository indicators) {
    this.criteria = criteria;
    this.indicators = indicators;
  }

  public List<Criterion> criteria(UnitLevel level) {
    return criteria.findByUnitLevelOrderByPosition(level);
  }

  public List<Indicator> indicators(UnitLevel level) {
    List<String> codes = criteria(level).stream().map(Criterion::getCode).toList();
    return indicators.findByCriterionCodeInOrderByCriterionCodeAscPositionAsc(codes);
  }
}
