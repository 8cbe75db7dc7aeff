package vn.learningcommunity.unit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitSuccessionRepository extends JpaRepository<UnitSuccession, Long> {

  List<UnitSuccession> findByNewCodeAndLevelOrderByOldCode(String newCode, UnitLevel level);

  List<UnitSuccession> findByOldCodeInAndLevelOrderByNewCode(Collection<String> oldCodes, UnitLevel level);
}
