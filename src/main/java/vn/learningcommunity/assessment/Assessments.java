package vn.learningcommunity.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.UpgradeFacts;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.TaskInput;

/**
 * Records a unit's self-assessments and the reviews of its dossier with the levels the DMN gave
 * them, against the criteria catalogue of the unit's level.
 */
@Service
public class Assessments {

  private final CriteriaCatalogue catalogue;
  private final AssessmentRepository assessments;
  private final RecognitionCases cases;
  private final LevelShortfalls shortfalls;
  private final Clock clock;

  public Assessments(CriteriaCatalogue catalogue, AssessmentRepository assessments, RecognitionCases cases,
      LevelShortfalls shortfalls, Clock clock) {
    this.catalogue = catalogue;
    this.assessments = assessments;
    this.cases = cases;
    this.shortfalls = shortfalls;
    this.clock = clock;
  }

  /** Reads a submitted self-assessment; the input collects every problem found. */
  @Transactional(readOnly = true)
  public SelfAssessmentSheet readSelfAssessment(TaskInput input, UnitLevel level, int evaluationYear) {
    return SelfAssessmentSheet.read(input, catalogue.criteria(level), catalogue.indicators(level), evaluationYear,
        LocalDate.now(clock));
  }

  /** Reads a review's findings (fields {@code <prefix><indicator>}) against the unit's latest self-assessment. */
  @Transactional(readOnly = true)
  public EvaluationSheet readEvaluation(TaskInput input, String businessKey, String findingPrefix) {
    RecognitionCase recognitionCase = cases.require(businessKey);
    return EvaluationSheet.read(input, catalogue.indicators(recognitionCase.getUnitLevel()),
        latestSelfAssessment(recognitionCase), findingPrefix);
  }

  /** Stores the self-assessment with its level; returns why higher levels are not met. */
  @Transactional
  public String recordSelfAssessment(String businessKey, Map<String, Object> variables, int level, UpgradeFacts facts,
      String recordedBy) {
    RecognitionCase recognitionCase = cases.require(businessKey);
    TaskInput input = new TaskInput(variables);
    SelfAssessmentSheet sheet = readSelfAssessment(input, recognitionCase.getUnitLevel(), recognitionCase.getEvaluationYear());
    input.throwIfInvalid();
    String explanation = shortfalls.explain(recognitionCase.getUnitLevel(), sheet.answers(), facts, level);
    Assessment assessment = new Assessment(recognitionCase.getId(), AssessmentKind.SELF, null,
        recognitionCase.getSubmissionRound() + 1, level, explanation, sheet.reviewMeetingDate(), null, recordedBy,
        Instant.now(clock));
    sheet.answers().forEach(answer -> assessment.addAnswer(new AssessmentAnswer(answer, null, null)));
    sheet.justifications().forEach((criterion, text) -> assessment.addJustification(new AssessmentJustification(criterion, text)));
    assessments.save(assessment);
    cases.recordSelfAssessedLevel(businessKey, level);
    return explanation;
  }

  /**
   * Stores one review of the dossier with its level, marking where the reviewers disagreed; the
   * lead review's level becomes the case's evaluated level. Returns the explanation of the level.
   */
  @Transactional
  public String recordEvaluation(String businessKey, Map<String, Object> variables, Review review, int level,
      UpgradeFacts facts, String recordedBy) {
    RecognitionCase recognitionCase = cases.require(businessKey);
    TaskInput input = new TaskInput(variables);
    EvaluationSheet sheet = readEvaluation(input, businessKey, review.findingPrefix());
    input.throwIfInvalid();
    List<IndicatorAnswer> findings = sheet.answers().stream().map(EvaluationSheet.EvaluatedAnswer::finding).toList();
    String explanation = shortfalls.explain(recognitionCase.getUnitLevel(), findings, facts, level);
    Assessment assessment = new Assessment(recognitionCase.getId(), AssessmentKind.EVALUATION, review.reviewer(),
        recognitionCase.getSubmissionRound(), level, explanation, null, sheet.summary(), recordedBy, Instant.now(clock));
    sheet.answers().forEach(answer -> assessment.addAnswer(new AssessmentAnswer(answer.finding(), answer.agreed(), answer.note())));
    assessments.save(assessment);
    if (review.lead()) {
      cases.recordEvaluatedLevel(businessKey, level);
    }
    return explanation;
  }

  /** Every assessment of a case, oldest first, with its answers and justifications loaded. */
  @Transactional(readOnly = true)
  public List<Assessment> history(String businessKey) {
    List<Assessment> all = assessments.findByCaseIdOrderById(cases.require(businessKey).getId());
    all.forEach(assessment -> {
      Hibernate.initialize(assessment.getAnswers());
      Hibernate.initialize(assessment.getJustifications());
    });
    return all;
  }

  private Map<String, IndicatorAnswer> latestSelfAssessment(RecognitionCase recognitionCase) {
    Map<String, Indicator> indicators = catalogue.indicators(recognitionCase.getUnitLevel()).stream()
        .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
    Map<String, IndicatorAnswer> answers = new LinkedHashMap<>();
    assessments.findFirstByCaseIdAndKindOrderByIdDesc(recognitionCase.getId(), AssessmentKind.SELF)
        .ifPresent(self -> self.getAnswers().forEach(a -> answers.put(a.getIndicatorCode(),
            new IndicatorAnswer(indicators.get(a.getIndicatorCode()), a.getMet(), a.getNumericValue()))));
    return answers;
  }
}
