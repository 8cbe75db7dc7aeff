package vn.learningcommunity.recognition;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.learningcommunity.validation.TaskInputValidator;

/** The server-side rules of the approval, verification and decision forms of every level. */
@Configuration
class RecognitionForms {

  @Bean
  TaskInputValidator communeChairApprovalValidator() {
    return new ChairApprovalValidator("communeChairApproval");
  }

  @Bean
  TaskInputValidator communeDossierVerificationValidator() {
    return new VerificationValidator("communeDossierVerification");
  }

  @Bean
  TaskInputValidator communeRecognitionDecisionValidator(Clock clock) {
    return new DecisionValidator("communeRecognitionDecision", clock);
  }

  @Bean
  TaskInputValidator districtCommitteeApprovalValidator() {
    return new ChairApprovalValidator("districtCommitteeApproval");
  }

  @Bean
  TaskInputValidator districtDossierVerificationValidator() {
    return new VerificationValidator("districtDossierVerification");
  }

  @Bean
  TaskInputValidator districtRecognitionDecisionValidator(Clock clock) {
    return new DecisionValidator("districtRecognitionDecision", clock);
  }

  @Bean
  TaskInputValidator provinceCommitteeApprovalValidator() {
    return new ChairApprovalValidator("provinceCommitteeApproval");
  }

  @Bean
  TaskInputValidator provinceDossierVerificationValidator() {
    return new VerificationValidator("provinceDossierVerification");
  }

  @Bean
  TaskInputValidator provinceRecognitionDecisionValidator(Clock clock) {
    return new DecisionValidator("provinceRecognitionDecision", clock);
  }
}
