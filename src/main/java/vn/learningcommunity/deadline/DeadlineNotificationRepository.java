package vn.learningcommunity.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineNotificationRepository extends JpaRepository<DeadlineNotification, Long> {

  List<DeadlineNotification> findByCaseBusinessKeyOrderById(String caseBusinessKey);
}
