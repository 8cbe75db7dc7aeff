package vn.learningcommunity.dossier;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileContentRepository extends JpaRepository<CaseFileContent, Long> {}
