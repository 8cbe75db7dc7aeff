package vn.learningcommunity.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  List<CaseFile> findByCaseBusinessKeyOrderByKindAscVersionAsc(String caseBusinessKey);

  Optional<CaseFile> findFirstByCaseBusinessKeyAndKindOrderByVersionDesc(String caseBusinessKey, CaseFileKind kind);

  boolean existsByCaseBusinessKeyAndKindAndSubmissionRound(String caseBusinessKey, CaseFileKind kind, int submissionRound);
}
