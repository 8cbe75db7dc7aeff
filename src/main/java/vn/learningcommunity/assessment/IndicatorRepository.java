package vn.learningcommunity.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, String> {

  List<Indicator> findByCriterionCodeInOrderByCriterionCodeAscPositionAsc(Collection<String> criterionCodes);
}
