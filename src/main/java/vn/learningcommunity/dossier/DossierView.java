package vn.learningcommunity.dossier;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.access.Caller;
import vn.learningcommunity.assessment.Assessment;
import vn.learningcommunity.assessment.AssessmentAnswer;
import vn.learningcommunity.assessment.AssessmentKind;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.assessment.CriteriaCatalogue;
import vn.learningcommunity.assessment.Criterion;
import vn.learningcommunity.assessment.Indicator;
import vn.learningcommunity.assessment.IndicatorType;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.RecognitionRegister;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.validation.VietnameseDates;
import vn.learningcommunity.validation.VietnameseNumbers;

/**
 * The dossier as everyone who judges it reads it: the unit's answers and justifications of the
 * latest round with the reviewers' findings beside them, the generated documents and the attached
 * files of every round, with links.
 */
@Service
public class DossierView {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** One indicator: the unit's answer and each reviewer's finding with its note. */
  public record AnswerLine(String indicator, String answer, List<String> findings) {}

  /** One criterion with its justification and its indicators. */
  public record CriterionBlock(String title, String justification, List<AnswerLine> answers) {}

  /** One file as listed. */
  public record FileLine(long id, String kind, int version, int round, String name, String size, String addedBy,
      String addedAt, String link) {}

  /** The page of a case's dossier. */
  public record Page(String businessKey, String unitName, int evaluationYear, int round, String selfAssessedLevel,
      String reviewMeetingDate, List<String> reviewers, List<CriterionBlock> criteria, List<FileLine> files,
      boolean mayAttach, String decision, String decisionLink) {}

  private final RecognitionCases cases;
  private final Assessments assessments;
  private final CriteriaCatalogue catalogue;
  private final UnitDirectory units;
  private final CaseFiles files;
  private final RecognitionRegister register;

  DossierView(RecognitionCases cases, Assessments assessments, CriteriaCatalogue catalogue, UnitDirectory units,
      CaseFiles files, RecognitionRegister register) {
    this.register = register;
    this.cases = cases;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.units = units;
    this.files = files;
  }

  @Transactional(readOnly = true)
  public Page of(String businessKey, Caller caller) {
    List<CaseFile> caseFiles = files.list(businessKey, caller);
    RecognitionCase recognitionCase = cases.require(businessKey);
    List<Assessment> history = assessments.history(businessKey);
    Optional<Assessment> self = history.stream().filter(a -> a.getKind() == AssessmentKind.SELF).reduce((a, b) -> b);
    List<Assessment> reviews = self.map(s -> history.stream()
        .filter(a -> a.getKind() == AssessmentKind.EVALUATION && a.getRound() == s.getRound()).toList()).orElse(List.of());
    Map<String, AssessmentAnswer> answers = self.map(s -> s.getAnswers().stream()
        .collect(Collectors.toMap(AssessmentAnswer::getIndicatorCode, Function.identity(), (a, b) -> a))).orElse(Map.of());
    Map<String, String> justifications = self.map(s -> s.getJustifications().stream().collect(Collectors.toMap(
        j -> j.getCriterionCode(), j -> j.getJustification(), (a, b) -> a))).orElse(Map.of());
    List<Indicator> indicators = catalogue.indicators(recognitionCase.getUnitLevel());

    List<CriterionBlock> criteria = new ArrayList<>();
    for (Criterion criterion : catalogue.criteria(recognitionCase.getUnitLevel())) {
      List<AnswerLine> lines = indicators.stream().filter(i -> i.getCriterionCode().equals(criterion.getCode()))
          .map(indicator -> new AnswerLine(indicator.getCode() + ". " + indicator.getTitle(),
              result(indicator, answers.get(indicator.getCode())),
              reviews.stream().map(review -> finding(indicator, review)).toList()))
          .toList();
      criteria.add(new CriterionBlock("Tiêu chí " + criterion.getPosition() + ". " + criterion.getTitle(),
          justifications.getOrDefault(criterion.getCode(), ""), lines));
    }
    List<FileLine> fileLines = caseFiles.stream().map(f -> new FileLine(f.getId(), f.getKind().title(), f.getVersion(),
        f.getSubmissionRound(), f.getFileName(), size(f.getSizeBytes()), f.getAddedBy(), MOMENT.format(f.getAddedAt()),
        "/ho-so/" + businessKey + "/tep/" + f.getId())).toList();
    Optional<Recognition> decision = register.find(recognitionCase.getUnitCode(), recognitionCase.getEvaluationYear());
    String unitName = units.find(recognitionCase.getUnitCode(), UnitDirectory.structureDayOf(recognitionCase.getEvaluationYear()))
        .map(u -> u.getName()).orElse(recognitionCase.getUnitCode());
    return new Page(businessKey, unitName, recognitionCase.getEvaluationYear(), CaseFiles.preparingRound(recognitionCase),
        self.map(s -> RecognitionLevels.label(s.getLevel())).orElse("chưa tự đánh giá"),
        self.map(Assessment::getReviewMeetingDate).map(VietnameseDates.DATE::format).orElse(""),
        reviews.stream().map(r -> r.getReviewer() == null || r.getReviewer().isBlank() ? "Cơ quan tiếp nhận" : reviewerName(r))
            .toList(),
        criteria, fileLines, files.mayAttach(businessKey, caller),
        decision.map(r -> RecognitionLevels.label(r.getLevel()) + " — quyết định số " + r.getDecisionNumber() + " ngày "
            + VietnameseDates.DATE.format(r.getDecisionDate())).orElse(null),
        decision.map(r -> "/cong-khai/quyet-dinh/" + r.getUnitCode() + "-" + r.getEvaluationYear() + ".pdf").orElse(null));
  }

  private static String reviewerName(Assessment review) {
    return "ASSOCIATION".equals(review.getReviewer()) ? "Hội Khuyến học" : review.getReviewer();
  }

  private static String finding(Indicator indicator, Assessment review) {
    return review.getAnswers().stream().filter(a -> a.getIndicatorCode().equals(indicator.getCode())).findFirst()
        .map(a -> result(indicator, a) + (a.getNote() == null || a.getNote().isBlank() ? "" : " — " + a.getNote()))
        .orElse("");
  }

  /** "Đạt", "Không đạt", "72,5%", "Mức 2": as answered, with a decimal comma. */
  static String result(Indicator indicator, AssessmentAnswer answer) {
    if (answer == null) {
      return "(chưa trả lời)";
    }
    if (indicator.getType() == IndicatorType.BOOLEAN) {
      return Boolean.TRUE.equals(answer.getMet()) ? "Đạt" : "Không đạt";
    }
    BigDecimal value = answer.getNumericValue();
    if (value == null) {
      return "(chưa trả lời)";
    }
    String number = VietnameseNumbers.format(value);
    return indicator.getType() == IndicatorType.STANDARD_LEVEL ? "Mức " + number : number + "%";
  }

  private static String size(long bytes) {
    return bytes < 1024 * 1024 ? VietnameseNumbers.format(Math.max(1, bytes / 1024)) + " KB"
        : VietnameseNumbers.format(Math.round(bytes / 104857.6) / 10.0) + " MB";
  }
}
