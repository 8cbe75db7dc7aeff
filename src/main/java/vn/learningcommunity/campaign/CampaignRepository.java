package vn.learningcommunity.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  @EntityGraph(attributePaths = "milestones")
  Optional<Campaign> findByBusinessKey(String businessKey);
}
