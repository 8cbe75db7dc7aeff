package vn.learningcommunity.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.assessment.Assessment;
import vn.learningcommunity.assessment.AssessmentAnswer;
import vn.learningcommunity.assessment.AssessmentJustification;
import vn.learningcommunity.assessment.AssessmentKind;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.assessment.CriteriaCatalogue;
import vn.learningcommunity.assessment.Criterion;
import vn.learningcommunity.assessment.Indicator;
import vn.learningcommunity.documents.OfficialDocument;
import vn.learningcommunity.documents.OfficialDocument.Block;
import vn.learningcommunity.documents.OfficialDocument.Issuer;
import vn.learningcommunity.documents.OfficialDocument.Paragraph;
import vn.learningcommunity.documents.OfficialDocument.Table;
import vn.learningcommunity.recognition.DossierSubmitted;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * The core of every dossier, produced from what the unit entered when its approver sends it: the
 * self-assessment report (*báo cáo tự đánh giá*) and the summary table of criteria and indicators
 * (*bảng tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu*), as PDF and the table also as .xlsx. A
 * dossier sent again after a return gets new versions; the earlier ones are kept.
 */
@Service
public class DossierDocuments {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final RecognitionCases cases;
  private final Assessments assessments;
  private final CriteriaCatalogue catalogue;
  private final UnitDirectory units;
  private final CaseFiles files;

  DossierDocuments(RecognitionCases cases, Assessments assessments, CriteriaCatalogue catalogue, UnitDirectory units,
      CaseFiles files) {
    this.cases = cases;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.units = units;
    this.files = files;
  }

  /** Runs in the transaction that records the submission: documents and submission stand or fall together. */
  @EventListener
  @Transactional
  public void onSubmitted(DossierSubmitted submitted) {
    if (files.isGenerated(submitted.businessKey(), submitted.round(), CaseFileKind.SELF_ASSESSMENT_REPORT)) {
      return;
    }
    RecognitionCase recognitionCase = cases.require(submitted.businessKey());
    Assessment self = assessments.history(submitted.businessKey()).stream()
        .filter(a -> a.getKind() == AssessmentKind.SELF).reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("No self-assessment in case " + submitted.businessKey()));
    Content content = new Content(recognitionCase, self);
    String stem = "-" + submitted.businessKey() + "-lan-" + submitted.round();
    files.storeGenerated(submitted.businessKey(), submitted.round(), CaseFileKind.SELF_ASSESSMENT_REPORT,
        "bao-cao-tu-danh-gia" + stem + ".pdf", "application/pdf", content.report());
    files.storeGenerated(submitted.businessKey(), submitted.round(), CaseFileKind.SUMMARY_TABLE,
        "bang-tong-hop" + stem + ".pdf", "application/pdf", content.tablePdf());
    files.storeGenerated(submitted.businessKey(), submitted.round(), CaseFileKind.SUMMARY_TABLE_XLSX,
        "bang-tong-hop" + stem + ".xlsx", XLSX, content.tableXlsx());
  }

  /** What one round's documents say, read once. */
  private final class Content {

    private final RecognitionCase recognitionCase;
    private final Assessment self;
    private final AdministrativeUnit unit;
    private final List<Criterion> criteria;
    private final List<Indicator> indicators;
    private final Map<String, AssessmentAnswer> answers;
    private final Map<String, String> justifications;
    private final String tier;

    Content(RecognitionCase recognitionCase, Assessment self) {
      this.recognitionCase = recognitionCase;
      this.self = self;
      this.unit = units.require(recognitionCase.getUnitCode(), recognitionCase.getUnitLevel(),
          UnitDirectory.structureDayOf(recognitionCase.getEvaluationYear()));
      this.criteria = catalogue.criteria(recognitionCase.getUnitLevel());
      this.indicators = catalogue.indicators(recognitionCase.getUnitLevel());
      this.answers = self.getAnswers().stream().collect(Collectors.toMap(AssessmentAnswer::getIndicatorCode,
          Function.identity(), (a, b) -> a));
      this.justifications = self.getJustifications().stream().collect(Collectors.toMap(
          AssessmentJustification::getCriterionCode, AssessmentJustification::getJustification, (a, b) -> a));
      this.tier = recognitionCase.getUnitLevel().tier();
    }

    byte[] report() {
      List<Block> body = new ArrayList<>();
      body.add(Paragraph.of("Thực hiện Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục "
          + "và Đào tạo, " + unit.getName() + " báo cáo kết quả tự đánh giá \"Cộng đồng học tập\" " + tier + " năm "
          + recognitionCase.getEvaluationYear() + " (hồ sơ gửi lần " + recognitionCase.getSubmissionRound() + ") như sau:"));
      body.add(Paragraph.heading("I. KẾT QUẢ TỰ ĐÁNH GIÁ THEO TỪNG TIÊU CHÍ"));
      for (Criterion criterion : criteria) {
        body.add(Paragraph.article("Tiêu chí " + criterion.getPosition() + ".", criterion.getTitle()));
        body.add(new Table(List.of("Chỉ tiêu", "Kết quả"), indicatorsOf(criterion).stream()
            .map(i -> List.of(i.getCode() + ". " + i.getTitle(), result(i))).toList(), List.of(0.72, 0.28)));
        body.add(Paragraph.article("Giải trình:", justifications.getOrDefault(criterion.getCode(), "(không có)")));
      }
      body.add(Paragraph.heading("II. KẾT LUẬN VÀ ĐỀ NGHỊ"));
      body.add(Paragraph.of("Kết quả tự đánh giá: đạt " + RecognitionLevels.label(self.getLevel()) + "."
          + (self.getUnmetCriteria() == null || self.getUnmetCriteria().isBlank() ? "" : " " + self.getUnmetCriteria())));
      if (self.getReviewMeetingDate() != null) {
        body.add(Paragraph.of("Kết quả đã được thông qua tại cuộc họp ngày "
            + self.getReviewMeetingDate().format(VietnameseDates.DATE)
            + " (biên bản kèm theo hồ sơ)."));
      }
      if (recognitionCase.getAppliedLevel() != null) {
        body.add(Paragraph.of("Đề nghị công nhận " + unit.getName() + " đạt \"Cộng đồng học tập\" " + tier + " "
            + RecognitionLevels.label(recognitionCase.getAppliedLevel()) + " năm " + recognitionCase.getEvaluationYear() + "."));
      }
      return OfficialDocument.write(issuer(), "     /BC-UBND", recognitionCase.getDossierSubmittedOn(),
          List.of("BÁO CÁO", "Tự đánh giá kết quả xây dựng \"Cộng đồng học tập\" " + tier + " năm "
              + recognitionCase.getEvaluationYear()), body, recipients());
    }

    byte[] tablePdf() {
      List<List<String>> rows = new ArrayList<>();
      int position = 1;
      for (Criterion criterion : criteria) {
        rows.add(List.of("", "Tiêu chí " + criterion.getPosition() + ". " + criterion.getTitle(), ""));
        for (Indicator indicator : indicatorsOf(criterion)) {
          rows.add(List.of(String.valueOf(position++), indicator.getCode() + ". " + indicator.getTitle(), result(indicator)));
        }
      }
      rows.add(List.of("", "Mức tự đánh giá", RecognitionLevels.label(self.getLevel())));
      return OfficialDocument.write(issuer(), "     /BC-UBND", recognitionCase.getDossierSubmittedOn(),
          List.of("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU", "\"Cộng đồng học tập\" " + tier + " năm "
              + recognitionCase.getEvaluationYear() + " — " + unit.getName()),
          List.of(new Table(List.of("STT", "Tiêu chí, chỉ tiêu", "Kết quả tự đánh giá"), rows, List.of(0.08, 0.67, 0.25))),
          recipients());
    }

    byte[] tableXlsx() {
      try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
        Sheet sheet = workbook.createSheet("Bảng tổng hợp");
        sheet.createRow(0).createCell(0).setCellValue("Bảng tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu — "
            + unit.getName() + " — năm " + recognitionCase.getEvaluationYear() + " (hồ sơ gửi lần "
            + recognitionCase.getSubmissionRound() + ")");
        Row header = sheet.createRow(2);
        String[] headings = {"Mã", "Tiêu chí, chỉ tiêu", "Kết quả tự đánh giá", "Giá trị"};
        for (int i = 0; i < headings.length; i++) {
          header.createCell(i).setCellValue(headings[i]);
        }
        int rowIndex = 3;
        for (Criterion criterion : criteria) {
          Row criterionRow = sheet.createRow(rowIndex++);
          criterionRow.createCell(0).setCellValue(criterion.getCode());
          criterionRow.createCell(1).setCellValue("Tiêu chí " + criterion.getPosition() + ". " + criterion.getTitle());
          for (Indicator indicator : indicatorsOf(criterion)) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(indicator.getCode());
            row.createCell(1).setCellValue(indicator.getTitle());
            row.createCell(2).setCellValue(result(indicator));
            AssessmentAnswer answer = answers.get(indicator.getCode());
            if (answer != null && answer.getNumericValue() != null) {
              row.createCell(3).setCellValue(answer.getNumericValue().doubleValue());
            }
          }
        }
        Row level = sheet.createRow(rowIndex);
        level.createCell(1).setCellValue("Mức tự đánh giá");
        level.createCell(2).setCellValue(RecognitionLevels.label(self.getLevel()));
        // fixed widths (in characters) rather than autoSizeColumn, which measures every cell with AWT fonts
        int[] widths = {8, 80, 24, 10};
        for (int i = 0; i < widths.length; i++) {
          sheet.setColumnWidth(i, widths[i] * 256);
        }
        workbook.write(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<Indicator> indicatorsOf(Criterion criterion) {
      return indicators.stream().filter(i -> i.getCriterionCode().equals(criterion.getCode())).toList();
    }

    private String result(Indicator indicator) {
      return DossierView.result(indicator, answers.get(indicator.getCode()));
    }

    private Issuer issuer() {
      return new Issuer(null, "ỦY BAN NHÂN DÂN " + unit.getName().toUpperCase(VIETNAMESE),
          List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), unit.shortName());
    }

    private List<String> recipients() {
      return List.of(recognitionCase.getUnitLevel() == UnitLevel.PROVINCE ? "Bộ Giáo dục và Đào tạo;" : "Cơ quan tiếp nhận hồ sơ;",
          "Lưu: VT.");
    }
  }
}
