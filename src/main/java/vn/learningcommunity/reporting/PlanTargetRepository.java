package vn.learningcommunity.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

  List<PlanTarget> findByProvinceCodeOrderByUnitLevelAscTargetYearAscLevelAsc(String provinceCode);
}
