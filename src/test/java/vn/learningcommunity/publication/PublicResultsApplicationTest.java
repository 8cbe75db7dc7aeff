package vn.learningcommunity.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/**
 * The public results page and the decision documents, fetched over HTTP without login: 2026
 * decisions of the Department for today's communes, a 2024 decision of the former Xuân Lộc
 * education office, and cases refused or still open, which never appear.
 */
class PublicResultsApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionCases cases;

  @BeforeEach
  void decisions() {
    // 2024, three tiers: old Suối Cao, decided by the district office in January 2025
    ClockUtil.setCurrentTime(at(THREE_TIER_NOW));
    cases.open("26431", 2024);
    cases.recognise("26431-2024", 2, "12/QĐ-PGDĐT", LocalDate.of(2025, 1, 6));
    // 2026, two tiers: one decision of the Department for Xuân Bắc and Xuân Thành
    ClockUtil.setCurrentTime(at(NOW));
    cases.open("26428", 2026);
    cases.open("26434", 2026);
    cases.recognise("26428-2026", 1, "5/QĐ-SGDĐT", LocalDate.of(2027, 1, 5));
    cases.recognise("26434-2026", 1, "5/QĐ-SGDĐT", LocalDate.of(2027, 1, 5));
    // refused, and still open: never published
    cases.open("25210", 2026);
    cases.refuse("25210-2026", "Minh chứng chưa đầy đủ");
    cases.open("25195", 2026);
  }

  @Test
  void thePageListsPublishedUnitsOfAProvinceByYearAndTierAndNothingElse() {
    ResponseEntity<String> page = http.getForEntity("/cong-khai?tinh=75", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String html = page.getBody();
    assertThat(html).contains("Tỉnh Đồng Nai — năm đánh giá 2026", "Cấp xã (2 đơn vị)", "Xã Xuân Bắc", "Xã Xuân Thành",
            "Số 5/QĐ-SGDĐT ngày 05/01/2027", "31/12/2029", "href=\"/cong-khai/quyet-dinh/26428-2026.pdf\"",
            "Tỉnh Đồng Nai — năm đánh giá 2024", "Xã Suối Cao", ", Huyện Xuân Lộc", "(nay là Xã Xuân Thành)", "Mức độ 2")
        .doesNotContain("Phường Đồng Xoài", "Phường Bình Phước", "<script");
    assertThat(html.indexOf("năm đánh giá 2026")).isLessThan(html.indexOf("năm đánh giá 2024"));

    assertThat(http.getForEntity("/cong-khai?tinh=75&nam=2024&muc=2", String.class).getBody())
        .contains("Xã Suối Cao").doesNotContain("Xã Xuân Bắc");
    assertThat(http.getForEntity("/cong-khai?tinh=75&huyen=741", String.class).getBody())
        .contains("Xã Suối Cao", "<option value=\"741\" selected=\"selected\">Huyện Xuân Lộc</option>")
        .doesNotContain("Xã Xuân Bắc", "năm đánh giá 2026");
    assertThat(http.getForEntity("/cong-khai?tinh=75&huyen=001", String.class).getBody())
        .contains("Quận Ba Đình không thuộc Tỉnh Đồng Nai.");
    assertThat(http.getForEntity("/cong-khai?tinh=75&nam=2026&muc=2", String.class).getBody())
        .contains("Chưa có đơn vị nào của <span>Tỉnh Đồng Nai</span> được công nhận");
    // the page without a province offers today's provinces and those merged away
    assertThat(http.getForEntity("/cong-khai", String.class).getBody())
        .contains("<option value=\"75\">Tỉnh Đồng Nai</option>", "<option value=\"70\">Tỉnh Bình Phước</option>");
  }

  @Test
  void badFiltersAreRefusedInVietnameseOnThePage() {
    ResponseEntity<String> year = http.getForEntity("/cong-khai?tinh=75&nam=20x6", String.class);
    assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(year.getBody()).contains("Năm đánh giá phải là số từ 2024 đến 2100, đã nhập &quot;20x6&quot;.")
        .doesNotContain("Xã Xuân Bắc");
    ResponseEntity<String> province = http.getForEntity("/cong-khai?tinh=99", String.class);
    assertThat(province.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(province.getBody()).contains("Không tìm thấy tỉnh, thành phố có mã 99.");
    assertThat(http.getForEntity("/cong-khai?tinh=75&muc=" + "9".repeat(5000), String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void oneDecisionOfTheDepartmentListsEveryCommuneItRecognised() throws IOException {
    ResponseEntity<byte[]> pdf = http.getForEntity("/cong-khai/quyet-dinh/26434-2026.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = textOf(pdf.getBody());
    assertThat(text).contains("UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 5/QĐ-SGDĐT", "Đồng Nai, ngày 05 tháng 01 năm 2027", "QUYẾT ĐỊNH",
        "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI", "Công nhận 2 đơn vị sau đạt \"Cộng đồng học tập\" cấp xã năm đánh giá 2026",
        "Xã Xuân Bắc, Tỉnh Đồng Nai", "Xã Xuân Thành, Tỉnh Đồng Nai", "Mức độ 1", "đến hết ngày 31/12/2029", "GIÁM ĐỐC")
        .doesNotContain("Suối Cao", "Đồng Xoài");
  }

  @Test
  void aDecisionOfTheFormerDistrictOfficeIsIssuedAsItWas() throws IOException {
    String text = textOf(http.getForEntity("/cong-khai/quyet-dinh/26431-2024.pdf", byte[].class).getBody());
    assertThat(text).contains("UBND HUYỆN XUÂN LỘC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 12/QĐ-PGDĐT",
        "Xuân Lộc, ngày 06 tháng 01 năm 2025", "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN XUÂN LỘC",
        "Xã Suối Cao, Huyện Xuân Lộc", "Mức độ 2", "đến hết ngày 31/12/2027", "TRƯỞNG PHÒNG");
  }

  @Test
  void noDocumentForWhatWasNotDecided() {
    for (String path : new String[] {"25210-2026", "25195-2026", "26428-2025", "abc-2026", "26428-20266"}) {
      ResponseEntity<String> missing = http.getForEntity("/cong-khai/quyet-dinh/" + path + ".pdf", String.class);
      assertThat(missing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getBody()).as(path).startsWith("Không có quyết định công nhận của đơn vị");
    }
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
      }
    }
    return pdfText(pdf);
  }
}
