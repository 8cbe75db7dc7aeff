package vn.learningcommunity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.learningcommunity.unit.UnitLevel;

public interface CriterionRepository extends JpaRepository<Criterion, String> {

  List<Criterion> findByUnitLevelOrderByPosition(UnitLevel unitLevel);
}
