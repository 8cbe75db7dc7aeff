package vn.learningcommunity.recognition;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionCaseRepository extends JpaRepository<RecognitionCase, Long> {

  Optional<RecognitionCase> findByBusinessKey(String businessKey);
}
