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
import vn.learningcommunity.recognition.CommuneCases;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.UpgradeFacts;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.TaskInput;

/** Records the commune's self-assessments and the district's evaluations with the levels the DMN gave them. */
@Service
public class CommuneAssessments {

  private final CriteriaCatalogue catalogue;
  private final AssessmentRepository assessments;
  private final CommuneCases cases;
  private final LevelShortfalls shortfalls;
  private final Clock clock;

  public CommuneAssessments(CriteriaCatalogue catalogue, AssessmentRepository assessments, CommuneCases cases,
      LevelShortfalls shortfalls, Clock clock) {
    this.catalogue = catalogue;
    this.assessments = assessments;
    this.cases = cases;
    this.shortfalls = shortfalls;
    this.clock = clock;
  }

  /** Reads a submitted self-assessment; the input collects every problem found. */
  public SelfAssessmentSheet readSelfAssessment(TaskInput input, int evaluationYear) {
    return SelfAssessmentSheet.read(input, catalogue.criteria(UnitLevel.COMMUNE), catalogue.indicators(UnitLevel.COMMUNE),
        evaluationYear, LocalDate.now(clock));
  }

  /** Reads a submitted evaluation against the commune's latest self-assessment. */
  @Transactional(readOnly = true)
  public EvaluationSheet readEvaluation(TaskInput input, String businessKey) {
    return EvaluationSheet.read(input, catalogue.indicators(UnitLevel.COMMUNE), latestSelfAssessment(businessKey));
  }

  /** Stores the self-assessment with its level; returns why higher levels are not met. */
  @Transactional
  public String recordSelfAssessment(String businessKey, Map<String, Object> variables, int level, UpgradeFacts facts,
      String recordedBy) {
    RecognitionCase recognitionCase = cases.require(businessKey);
    TaskInput input = new TaskInput(variables);
    SelfAssessmentSheet sheet = readSelfAssessment(input, recognitionCase.getEvaluationYear());
    input.throwIfInvalid();
    String explanation = shortfalls.explain(sheet.answers(), facts, level);
    Assessment assessment = new Assessment(recognitionCase.getId(), AssessmentKind.SELF,
        recognitionCase.getSubmissionRound() + 1, level, explanation, sheet.reviewMeetingDate(), null, recordedBy,
        Instant.now(clock));
    sheet.answers().forEach(answer -> assessment.addAnswer(new AssessmentAnswer(answer, null, null)));
    sheet.justifications().forEach((criterion, text) -> assessment.addJustification(new AssessmentJustification(criterion, text)));
    assessments.save(assessment);
    cases.recordSelfAssessedLevel(businessKey, level);
    return explanation;
  }

  /** Stores the evaluation with its level, marking where the evaluators disagreed; returns the explanation. */
  @Transactional
  public String recordEvaluation(String businessKey, Map<String, Object> variables, int level, UpgradeFacts facts,
      String recordedBy) {
    RecognitionCase recognitionCase = cases.require(businessKey);
    TaskInput input = new TaskInput(variables);
    EvaluationSheet sheet = readEvaluation(input, businessKey);
    input.throwIfInvalid();
    List<IndicatorAnswer> findings = sheet.answers().stream().map(EvaluationSheet.EvaluatedAnswer::finding).toList();
    String explanation = shortfalls.explain(findings, facts, level);
    Assessment assessment = new Assessment(recognitionCase.getId(), AssessmentKind.EVALUATION,
        recognitionCase.getSubmissionRound(), level, explanation, null, sheet.summary(), recordedBy, Instant.now(clock));
    sheet.answers().forEach(answer -> assessment.addAnswer(new AssessmentAnswer(answer.finding(), answer.agreed(), answer.note())));
    assessments.save(assessment);
    cases.recordEvaluatedLevel(businessKey, level);
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

  private Map<String, IndicatorAnswer> latestSelfAssessment(String businessKey) {
    Map<String, Indicator> indicators = catalogue.indicators(UnitLevel.COMMUNE).stream()
        .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
    Map<String, IndicatorAnswer> answers = new LinkedHashMap<>();
    cases.find(businessKey)
        .flatMap(c -> assessments.findFirstByCaseIdAndKindOrderByIdDesc(c.getId(), AssessmentKind.SELF))
        .ifPresent(self -> self.getAnswers().forEach(a -> answers.put(a.getIndicatorCode(),
            new IndicatorAnswer(indicators.get(a.getIndicatorCode()), a.getMet(), a.getNumericValue()))));
    return answers;
  }
}
