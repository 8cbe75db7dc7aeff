package vn.learningcommunity.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.TaskInputValidator;

/** The server-side rules of the assessment forms, one validator per form. */
@Configuration
class AssessmentForms {

  @Bean
  TaskInputValidator communeSelfAssessmentValidator(Assessments assessments) {
    return new SelfAssessmentValidator("communeSelfAssessment", UnitLevel.COMMUNE, assessments);
  }

  @Bean
  TaskInputValidator communeEvaluationValidator(Assessments assessments) {
    return new EvaluationValidator("communeEvaluation", "ev_", assessments);
  }

  @Bean
  TaskInputValidator districtSelfAssessmentValidator(Assessments assessments) {
    return new SelfAssessmentValidator("districtSelfAssessment", UnitLevel.DISTRICT, assessments);
  }

  @Bean
  TaskInputValidator districtDepartmentReviewValidator(Assessments assessments) {
    return new EvaluationValidator("districtDepartmentReview", "ev_", assessments);
  }

  @Bean
  TaskInputValidator districtAssociationReviewValidator(Assessments assessments) {
    return new EvaluationValidator("districtAssociationReview", "as_", assessments);
  }

  @Bean
  TaskInputValidator provinceSelfAssessmentValidator(Assessments assessments) {
    return new SelfAssessmentValidator("provinceSelfAssessment", UnitLevel.PROVINCE, assessments);
  }

  @Bean
  TaskInputValidator provinceMinistryReviewValidator(Assessments assessments) {
    return new EvaluationValidator("provinceMinistryReview", "ev_", assessments);
  }
}
