package vn.learningcommunity.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.learningcommunity.recognition.PublishedRecognition;
import vn.learningcommunity.recognition.RecognitionRegister;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.RejectedInputException;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * The public results page (*công khai kết quả*): recognised units of a province by evaluation year,
 * tier and level, with their decisions, rendered on the server for anyone, without login or
 * JavaScript; and the decision documents it links to. It reads the register only, which holds
 * nothing but published decisions.
 */
@Controller
class PublicResultsController {


  /** One recognised unit as the page lists it. */
  record Line(String unit, String partOf, String level, String decision, String validUntil, String nowPartOf,
      String decisionLink) {}

  /** The lists of one evaluation year, by tier, in the order the page shows them. */
  record Year(int year, Map<String, List<Line>> tiers) {}

  private final RecognitionRegister register;
  private final UnitDirectory units;
  private final DecisionDocuments documents;

  PublicResultsController(RecognitionRegister register, UnitDirectory units, DecisionDocuments documents) {
    this.register = register;
    this.units = units;
    this.documents = documents;
  }

  @GetMapping("/cong-khai")
  String page(@RequestParam(name = "tinh", required = false) String provinceCode,
      @RequestParam(name = "huyen", required = false) String district,
      @RequestParam(name = "nam", required = false) String year, @RequestParam(name = "muc", required = false) String level,
      Model model, HttpServletResponse response) {
    List<AdministrativeUnit> provinces = units.provinces(UnitDirectory.REFORM);
    model.addAttribute("provinces", provinces);
    // provinces merged away on 1 July 2025, for the years they were recognised in
    model.addAttribute("formerProvinces", units.provinces(UnitDirectory.THREE_TIER).stream()
        .filter(former -> provinces.stream().noneMatch(p -> p.getCode().equals(former.getCode()))).toList());
    model.addAttribute("selectedProvince", provinceCode == null ? "" : provinceCode);
    model.addAttribute("selectedYear", year == null ? "" : year);
    model.addAttribute("selectedLevel", level == null ? "" : level);
    model.addAttribute("selectedDistrict", district == null ? "" : district);
    model.addAttribute("districts", List.of());
    if (provinceCode == null || provinceCode.isBlank()) {
      return "cong-khai";
    }
    try {
      Integer wantedYear = parse(year, "Năm đánh giá", 2024, 2100);
      Integer wantedLevel = parse(level, "Mức độ", 1, 2);
      AdministrativeUnit province = units.findLatest(provinceCode.trim())
          .filter(unit -> unit.getLevel() == UnitLevel.PROVINCE)
          .orElseThrow(() -> new RejectedInputException("Không tìm thấy tỉnh, thành phố có mã " + provinceCode.trim() + "."));
      model.addAttribute("province", province);
      // the districts of the years of three tiers, for the lists of those years
      model.addAttribute("districts", units.children(province.getCode(), UnitDirectory.THREE_TIER).stream()
          .filter(unit -> unit.getLevel() == UnitLevel.DISTRICT).toList());
      String wantedDistrict = district == null || district.isBlank() ? null : district.trim();
      model.addAttribute("years", years(province.getCode(), wantedDistrict, wantedYear, wantedLevel));
    } catch (RejectedInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", String.join(" ", refused.getReasons()));
    }
    return "cong-khai";
  }

  @GetMapping("/cong-khai/quyet-dinh/{unitCode}-{year}.pdf")
  ResponseEntity<byte[]> decision(@PathVariable String unitCode, @PathVariable String year) {
    Optional<byte[]> pdf = unitCode.matches("[0-9]{1,10}") && year.matches("[0-9]{4}")
        ? documents.decisionOf(unitCode, Integer.parseInt(year)) : Optional.empty();
    if (pdf.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(("Không có quyết định công nhận của đơn vị " + shorten(unitCode) + " cho năm đánh giá " + shorten(year) + ".")
              .getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("quyet-dinh-" + unitCode + "-" + year + ".pdf").build().toString())
        .body(pdf.get());
  }

  private List<Year> years(String provinceCode, String district, Integer year, Integer level) {
    Map<Integer, Map<String, List<Line>>> byYear = new TreeMap<>(Comparator.reverseOrder());
    List<PublishedRecognition> communes = register.publishedCommunes(provinceCode, district, year);
    if (district == null) {
      add(byYear, "Cấp tỉnh", register.publishedProvinces(year).stream()
          .filter(p -> p.unitCode().equals(provinceCode)).toList(), level, false);
    }
    add(byYear, "Cấp huyện", units.find(provinceCode, UnitDirectory.THREE_TIER).isPresent()
        ? register.publishedDistricts(provinceCode, year).stream()
            .filter(p -> district == null || p.unitCode().equals(district)).toList() : List.of(), level, false);
    add(byYear, "Cấp xã", communes, level, true);
    List<Year> years = new ArrayList<>();
    byYear.forEach((y, tiers) -> years.add(new Year(y, tiers)));
    return years;
  }

  private static void add(Map<Integer, Map<String, List<Line>>> byYear, String tier, List<PublishedRecognition> published,
      Integer level, boolean communes) {
    for (PublishedRecognition p : published) {
      if (level != null && p.level() != level) {
        continue;
      }
      byYear.computeIfAbsent(p.evaluationYear(), y -> new LinkedHashMap<>()).computeIfAbsent(tier, t -> new ArrayList<>())
          .add(new Line(p.unitName(), communes ? p.districtName() : null, p.levelName(),
              "Số " + p.decisionNumber() + " ngày " + p.decisionDate().format(VietnameseDates.DATE),
              p.validUntil().format(VietnameseDates.DATE), p.nowPartOf(),
              "/cong-khai/quyet-dinh/" + p.unitCode() + "-" + p.evaluationYear() + ".pdf"));
    }
  }

  private static Integer parse(String value, String what, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (!trimmed.matches("[0-9]{1,4}") || Integer.parseInt(trimmed) < min || Integer.parseInt(trimmed) > max) {
      throw new RejectedInputException(what + " phải là số từ " + min + " đến " + max + ", đã nhập \"" + shorten(trimmed) + "\".");
    }
    return Integer.parseInt(trimmed);
  }

  private static String shorten(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }
}
