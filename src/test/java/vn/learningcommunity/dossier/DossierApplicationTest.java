package vn.learningcommunity.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.testsupport.AtOnce;

/**
 * A commune's dossier as its officials and its judges use it, over HTTP as each of them: minutes
 * attached by the Chair from the dossier page, the report and the summary table generated when the
 * dossier is sent, everything read by the Department; what is refused stores nothing.
 */
class DossierApplicationTest extends ApplicationTestSupport {

  static final String CASE = "26428-2026";

  @BeforeEach
  void xuanBacSelfAssessed() {
    http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class);
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"), CommuneAnswers.selfAssessmentForm(CommuneAnswers.level1(), "2027-01-04"));
  }

  @Test
  void theChairAttachesTheMinutesSendsTheDossierAndTheDepartmentReadsItAll() throws IOException {
    String approval = onlyTaskOf("xuanbacchutich");
    assertThat((String) submit("xuanbacchutich", approval, Map.of("chairDecision", "APPLY", "appliedLevel", "1"))
        .getBody().get("message")).startsWith("Chưa đính kèm biên bản họp đánh giá");

    ResponseEntity<String> attached = upload("xuanbacchutich", "bien-ban", "Biên bản họp 04-01.pdf", MINUTES_PDF);
    // answered with "303 See Other" to the dossier page, which the client follows
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(attached.getBody()).contains("Đã đính kèm tệp vào hồ sơ.", "Biên bản họp 04-01.pdf");
    assertThat(submit("xuanbacchutich", approval, Map.of("chairDecision", "APPLY", "appliedLevel", "1")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // the Department opens the dossier from its verification task
    ResponseEntity<String> page = http.withBasicAuth("dongnaisogd", "demo").getForEntity("/ho-so/" + CASE, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Xã Xuân Bắc", "Tiêu chí 1.", "C1.1.", "Giải trình: Minh chứng cho tiêu chí 1",
        "Biên bản họp 04-01.pdf", "bao-cao-tu-danh-gia-" + CASE + "-lan-1.pdf", "bang-tong-hop-" + CASE + "-lan-1.pdf",
        "bang-tong-hop-" + CASE + "-lan-1.xlsx", "50%", "họp xét ngày 04/01/2027").doesNotContain("<script");

    String report = pdfText(download("dongnaisogd", "bao-cao-tu-danh-gia-" + CASE + "-lan-1.pdf", page.getBody()));
    assertThat(report).contains("ỦY BAN NHÂN DÂN XÃ XUÂN BẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
        "Tự đánh giá kết quả xây dựng \"Cộng đồng học tập\" cấp xã năm 2026", "Xuân Bắc, ngày", "Tiêu chí 1.",
        "Giải trình: Minh chứng cho tiêu chí 5", "Kết quả tự đánh giá: đạt Mức độ 1.",
        "Đề nghị công nhận Xã Xuân Bắc đạt \"Cộng đồng học tập\" cấp xã Mức độ 1 năm 2026.", "TM. ỦY BAN NHÂN DÂN");
    String table = pdfText(download("dongnaisogd", "bang-tong-hop-" + CASE + "-lan-1.pdf", page.getBody()));
    assertThat(table).contains("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU", "C5.1.", "50%", "Mức tự đánh giá Mức độ 1");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        download("dongnaisogd", "bang-tong-hop-" + CASE + "-lan-1.xlsx", page.getBody())))) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<String, Row> byCode = new java.util.HashMap<>();
      sheet.forEach(row -> {
        if (row.getCell(0) != null) {
          byCode.put(row.getCell(0).getStringCellValue(), row);
        }
      });
      assertThat(byCode.get("C1.1").getCell(2).getStringCellValue()).isEqualTo("Đạt");
      assertThat(byCode.get("C5.1").getCell(3).getNumericCellValue()).isEqualTo(50.0);
      assertThat(byCode.get("C5.2").getCell(2).getStringCellValue()).isEqualTo("30%");
    }
    byte[] minutes = download("dongnaisogd", "Biên bản họp 04-01.pdf", page.getBody());
    assertThat(minutes).isEqualTo(MINUTES_PDF);
  }

  @Test
  void whatIsRefusedIsSaidInVietnameseAndStoresNothing() throws Exception {
    byte[] program = new byte[4096];
    program[0] = 'M';
    program[1] = 'Z';
    ResponseEntity<String> disguised = upload("xuanbacchutich", "bien-ban", "bien-ban.pdf", program);
    assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(disguised.getBody()).contains("nội dung của tệp &quot;bien-ban.pdf&quot; không phải là một trong các loại đó");

    byte[] oversized = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(MINUTES_PDF, 0, oversized, 0, MINUTES_PDF.length);
    ResponseEntity<String> tooLarge = upload("xuanbacchutich", "minh-chung", "anh.pdf", oversized);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLarge.getBody()).contains("lớn quá 10 MB");

    assertThat(upload("xuanbacchutich", "khac", "bien-ban.pdf", MINUTES_PDF).getBody()).contains("Chọn loại tệp");
    assertThat(upload("xuanbacchutich", "bien-ban", "bien-ban.pdf", new byte[0]).getBody()).contains("rỗng");

    // another commune's official, and a district office that no longer handles this commune
    for (String stranger : List.of("xuanthanhdanhgia", "xuanlocphonggd")) {
      assertThat(upload(stranger, "bien-ban", "bien-ban.pdf", MINUTES_PDF).getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(http.withBasicAuth(stranger, "demo").getForEntity("/ho-so/" + CASE, String.class).getStatusCode())
          .as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // the commune's own assessor reads its dossier, though the step is now the Chair's
    assertThat(http.withBasicAuth("xuanbacdanhgia", "demo").getForEntity("/ho-so/" + CASE, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(upload("xuanbacdanhgia", "minh-chung", "x.pdf", MINUTES_PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the Department holds none of its steps yet
    assertThat(upload("dongnaisogd", "minh-chung", "x.pdf", MINUTES_PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/ho-so/" + CASE, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from case_file_content", Integer.class)).isZero();
  }

  @Test
  void theSameFileSentTwiceAtOnceIsStoredAsTwoVersionsOrRefusedAsSentAtTheSameMoment() throws Exception {
    int stored = 0;
    for (ResponseEntity<String> answer : AtOnce.twice(
        () -> upload("xuanbacchutich", "minh-chung", "anh-hoi-nghi.pdf", MINUTES_PDF))) {
      HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
      assertThat(status).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
      stored += status == HttpStatus.OK ? 1 : 0;
    }
    assertThat(jdbc.queryForList("select version from case_file order by version", Integer.class))
        .hasSize(stored).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(*) from case_file_content", Integer.class)).isEqualTo(stored);
  }

  @Test
  void aFileNameLongerThanItsColumnIsShortenedKeepingItsEnding() {
    String longName = "bien-ban-".repeat(30) + "hop.pdf";
    assertThat(upload("xuanbacchutich", "bien-ban", "C:\\Tai lieu\\" + longName, MINUTES_PDF).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String stored = jdbc.queryForObject("select file_name from case_file", String.class);
    assertThat(stored).hasSize(CaseFiles.NAME_LIMIT).endsWith("hop.pdf").doesNotContain("\\");
    // a name past the servlet container's limit for a part's headers is refused before the application sees it
    ResponseEntity<String> refused = upload("xuanbacchutich", "bien-ban", "bien-ban-".repeat(80) + "hop.pdf", MINUTES_PDF);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody()).contains("tên tệp quá dài");
    assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isOne();
  }

  private ResponseEntity<String> upload(String user, String kind, String fileName, byte[] content) {
    // the page's form, sent by a client with HTTP Basic (a browser sends the page's token instead)
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("loai", kind);
    body.add("tep", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").exchange("/ho-so/" + CASE + "/tep", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  /** Follows the link the page gives the file. */
  private byte[] download(String user, String fileName, String page) {
    int name = page.indexOf(">" + fileName + "</a>");
    assertThat(name).as(fileName + " listed").isPositive();
    int href = page.lastIndexOf("href=\"", name);
    String link = page.substring(href + 6, page.indexOf('"', href + 6));
    ResponseEntity<byte[]> file = http.withBasicAuth(user, "demo").getForEntity(link, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getFirst("X-Checksum-SHA256")).hasSize(64);
    return file.getBody();
  }
}
