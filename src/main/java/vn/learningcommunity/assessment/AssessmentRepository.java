package vn.learningcommunity.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Optional<Assessment> findFirstByCaseIdAndKindOrderByIdDesc(Long caseId, AssessmentKind kind);

  List<Assessment> findByCaseIdOrderById(Long caseId);
}
