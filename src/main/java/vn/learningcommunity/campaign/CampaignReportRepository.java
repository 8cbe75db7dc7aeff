package vn.learningcommunity.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignReportRepository extends JpaRepository<CampaignReport, Long> {

  boolean existsByCampaignIdAndKindAndUnitCode(Long campaignId, ReportKind kind, String unitCode);

  @EntityGraph(attributePaths = "lines")
  Optional<CampaignReport> findWithLinesById(Long id);

  List<CampaignReport> findByCampaignIdOrderById(Long campaignId);
}
