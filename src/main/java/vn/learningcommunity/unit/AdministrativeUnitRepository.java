package vn.learningcommunity.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, String> {

  List<AdministrativeUnit> findByParentCodeOrderByCode(String parentCode);
}
