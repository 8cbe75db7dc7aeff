package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/**
 * Every malformed request to the application's API gets a 4xx with a Vietnamese message that names
 * what is wrong, and nothing is stored: types, formats, sizes, nulls, duplicates and unknown keys,
 * never a 5xx, never a value quietly coerced.
 */
class CampaignApiInputApplicationTest extends ApplicationTestSupport {

  private static final String VALID_START = "{\"provinceCode\": \"75\", \"evaluationYear\": 2026";

  @Test
  void malformedJsonIsNamedAsSuch() {
    assertRefused(VALID_START, 400, "không phải JSON đúng dạng");
  }

  @Test
  void wrongTypesAreNamedWithTheirField() {
    assertRefused("{\"provinceCode\": \"75\", \"evaluationYear\": \"abc\"}", 400, "evaluationYear", "số nguyên");
    assertRefused("{\"provinceCode\": \"75\", \"evaluationYear\": 2026.9}", 400, "evaluationYear", "số nguyên");
    assertRefused("{\"provinceCode\": 75, \"evaluationYear\": 2026}", 400, "provinceCode", "chuỗi", "đã gửi 75.");
    assertRefused(VALID_START + ", \"exclusions\": {\"unitCode\": \"26428\"}}", 400, "exclusions", "danh sách");
  }

  @Test
  void unknownKeysAndImpossibleDatesAreRefused() {
    assertRefused(VALID_START + ", \"year\": 2026}", 400, "year", "không được nhận");
    assertRefused(VALID_START + ", \"deadlines\": {\"SOMEDAY\": \"2027-02-14\"}}", 400, "deadlines", "SOMEDAY");
    assertRefused(VALID_START + ", \"deadlines\": {\"DISTRICT_REPORT_TO_PROVINCE\": \"2027-02-30\"}}", 400,
        "deadlines.DISTRICT_REPORT_TO_PROVINCE", "2027-02-30");
  }

  @Test
  void nullsDuplicatesAndLongReasonsAreRefused() {
    assertRefused(VALID_START + ", \"exclusions\": [null]}", 400, "exclusions");
    assertRefused(VALID_START + ", \"exclusions\": [{\"unitCode\": \"26428\", \"reason\": \"Sáp nhập\"},"
        + " {\"unitCode\": \"26428\", \"reason\": \"Lần nữa\"}]}", 400, "26428", "hai lần");
    assertRefused(VALID_START + ", \"exclusions\": [{\"unitCode\": \"26428\", \"reason\": \"" + "x".repeat(1001) + "\"}]}",
        400, "1000 ký tự");
  }

  @Test
  void oversizedRequestsAreRefusedBeforeTheyAreRead() {
    assertRefused(VALID_START + ", \"exclusions\": [{\"unitCode\": \"26428\", \"reason\": \""
        + "x".repeat(10 * 1024 * 1024) + "\"}]}", 413, "quá lớn");
  }

  @Test
  void reportsOfAYearWithoutCampaignAreNotFound() {
    ResponseEntity<Map> response = http.withBasicAuth("dongnaidieuphoi", "demo")
        .getForEntity("/api/campaigns/75-2031/reports", Map.class);
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat((String) response.getBody().get("message")).isEqualTo("Chưa có chiến dịch năm 2031 của Tỉnh Đồng Nai.");
  }

  private void assertRefused(String json, int status, String... phrases) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> response = http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/campaigns", new HttpEntity<>(json, headers), Map.class);
    assertThat(response.getStatusCode().value()).as(json.length() > 300 ? json.substring(0, 300) : json).isEqualTo(status);
    assertThat((String) response.getBody().get("message")).contains(phrases);
    assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class)).isZero();
  }
}
