package vn.learningcommunity.recognition;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionCaseRepository extends JpaRepository<RecognitionCase, Long>, CaseByBusinessKey {
}
