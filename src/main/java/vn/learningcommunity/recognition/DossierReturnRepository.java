package vn.learningcommunity.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierReturnRepository extends JpaRepository<DossierReturn, Long> {

  List<DossierReturn> findByCaseIdOrderByRound(Long caseId);
}
