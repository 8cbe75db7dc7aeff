package vn.learningcommunity.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.documents.OfficialDocument;
import vn.learningcommunity.documents.OfficialDocument.Block;
import vn.learningcommunity.documents.OfficialDocument.Issuer;
import vn.learningcommunity.documents.OfficialDocument.Paragraph;
import vn.learningcommunity.documents.OfficialDocument.Table;
import vn.learningcommunity.recognition.DecidingAuthority;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.RecognitionRegister;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * The recognition decision as a document (*quyết định công nhận*), drawn from the register: the
 * deciding authority of the case, the number and date, and every unit recognised under the same
 * decision by the same authority, with its level, the evaluation year and the validity.
 */
@Service
public class DecisionDocuments {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final RecognitionRegister register;
  private final RecognitionCases cases;
  private final UnitDirectory units;

  public DecisionDocuments(RecognitionRegister register, RecognitionCases cases, UnitDirectory units) {
    this.register = register;
    this.cases = cases;
    this.units = units;
  }

  /** The decision that recognised the unit for the year, or empty when the register has none. */
  @Transactional(readOnly = true)
  public Optional<byte[]> decisionOf(String unitCode, int evaluationYear) {
    return register.find(unitCode, evaluationYear).map(this::document);
  }

  private byte[] document(Recognition recognition) {
    DecidingAuthority authority = cases.decidingAuthority(recognition);
    List<Recognition> decided = register.underTheSameDecision(recognition).stream()
        .filter(r -> cases.decidingAuthority(r).equals(authority)).toList();
    int year = recognition.getEvaluationYear();
    LocalDate day = UnitDirectory.structureDayOf(year);
    Heading heading = headingOf(authority, day);
    Issuer issuer = heading.issuer();
    String tier = recognition.getUnitLevel().tier();

    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < decided.size(); i++) {
      Recognition r = decided.get(i);
      rows.add(List.of(String.valueOf(i + 1), nameWithParent(r.getUnitCode(), day), RecognitionLevels.label(r.getLevel())));
    }
    List<Block> body = List.of(
        Paragraph.heading(heading.authority()),
        Paragraph.of("Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo "
            + "quy định về đánh giá, công nhận \"Cộng đồng học tập\" cấp xã, cấp huyện, cấp tỉnh;"),
        Paragraph.of("Căn cứ kết quả kiểm tra, đánh giá hồ sơ đề nghị công nhận \"Cộng đồng học tập\" " + tier
            + " năm đánh giá " + year + ";"),
        Paragraph.heading("QUYẾT ĐỊNH:"),
        Paragraph.article("Điều 1.", "Công nhận " + (decided.size() == 1 ? "đơn vị" : decided.size() + " đơn vị")
            + " sau đạt \"Cộng đồng học tập\" " + tier + " năm đánh giá " + year + ":"),
        new Table(List.of("STT", "Đơn vị", "Mức độ"), rows, List.of(0.1, 0.65, 0.25)),
        Paragraph.article("Điều 2.", "Kết quả công nhận có giá trị đến hết ngày "
            + recognition.getValidUntil().format(VietnameseDates.DATE) + ". Quyết định có hiệu lực kể từ ngày ký."),
        Paragraph.article("Điều 3.", "Các đơn vị có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm "
            + "thi hành Quyết định này."));
    return OfficialDocument.write(issuer, recognition.getDecisionNumber(), recognition.getDecisionDate(),
        List.of("QUYẾT ĐỊNH", "Về việc công nhận đạt \"Cộng đồng học tập\" " + tier + " năm " + year), body,
        List.of("Như Điều 3;", "Lưu: VT."));
  }

  /** The issuing body and signature of the deciding role, and the authority line above the grounds. */
  private record Heading(Issuer issuer, String authority) {}

  private Heading headingOf(DecidingAuthority authority, LocalDate day) {
    if (authority.role().level() == null) {
      return new Heading(new Issuer(null, "BỘ GIÁO DỤC VÀ ĐÀO TẠO", List.of("BỘ TRƯỞNG"), "Hà Nội"),
          "BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO");
    }
    AdministrativeUnit unit = units.find(authority.unitCode(), day).or(() -> units.findLatest(authority.unitCode()))
        .orElseThrow();
    String unitName = unit.getName().toUpperCase(VIETNAMESE);
    String place = unit.shortName();
    return switch (authority.role()) {
      case DISTRICT_OFFICE_HEAD -> new Heading(new Issuer("UBND " + unitName, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
          List.of("TRƯỞNG PHÒNG"), place), "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO " + unitName);
      case DEPARTMENT_DIRECTOR -> new Heading(new Issuer("UBND " + unitName, "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
          List.of("GIÁM ĐỐC"), place), "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO " + unitName);
      case DISTRICT_COMMITTEE, PROVINCE_COMMITTEE -> new Heading(new Issuer(null, "ỦY BAN NHÂN DÂN " + unitName,
          List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), place), "ỦY BAN NHÂN DÂN " + unitName);
      default -> new Heading(new Issuer(null, unitName, List.of(authority.role().title().toUpperCase(VIETNAMESE)), place),
          authority.role().title().toUpperCase(VIETNAMESE) + " " + unitName);
    };
  }

  private String nameWithParent(String unitCode, LocalDate day) {
    AdministrativeUnit unit = units.find(unitCode, day).or(() -> units.findLatest(unitCode)).orElseThrow();
    Optional<AdministrativeUnit> parent = unit.getParentCode() == null ? Optional.empty() : units.find(unit.getParentCode(), day);
    return unit.getName() + parent.map(p -> ", " + p.getName()).orElse("");
  }
}
