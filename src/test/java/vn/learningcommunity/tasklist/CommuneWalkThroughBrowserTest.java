package vn.learningcommunity.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;

/**
 * The README's walk-through of a commune case, done by its officials in headless Chromium against
 * the running application: Tasklist, forms and the dossier page as they see them, in a browser
 * that asks for English, checked for the Vietnamese they must read. Needs Debian's chromium and
 * chromium-driver (or CHROMIUM / CHROMEDRIVER); runs with -Pbrowser, as .ci/run does.
 */
@Tag("browser")
class CommuneWalkThroughBrowserTest extends ApplicationTestSupport {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;

  private final Map<String, JsonNode> forms = new java.util.HashMap<>();
  private WebDriver browser;
  private WebDriverWait waiting;

  @BeforeEach
  void startBrowser() {
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
        .build();
    browser = new ChromeDriver(driver, options);
    waiting = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCommuneCaseFromSelfAssessmentToThePublishedDecision() throws IOException {
    assertThat(http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // the commune's self-assessment team: its task says whose it is
    logInToTasklist("xuanbacdanhgia");
    assertThat(text("body")).contains("Việc của đơn vị", "Việc của tôi",
        "Sắp đến hạn (3 ngày)", "Quá hạn");
    assertThat(browser.findElements(By.cssSelector(".start-process-action"))).allSatisfy(
        action -> assertThat(action.isDisplayed()).isFalse());
    openTask("Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");

    // bad input: nothing answered, then a date that does not exist
    complete();
    assertThat(refusalBesideTheButton()).startsWith("Chưa hoàn thành được: 21 trường cần điền hoặc sửa — «C1.1», «C1.2»");
    assertThat(text(".fjs-form")).contains("Trường này là bắt buộc.").doesNotContain("Field is required");
    WebElement meetingDate = field("communeSelfAssessment", "reviewMeetingDate");
    meetingDate.sendKeys("31/02/2027", Keys.TAB);
    assertThat(text(".cdht-date-error")).isEqualTo("31/02/2027 không phải là một ngày có thật (dd/MM/yyyy).");
    meetingDate.clear();

    Map<String, Object> selfAssessment = new LinkedHashMap<>(CommuneAnswers.level2());
    selfAssessment.put("c5_1", "72,5");
    for (int criterion = 1; criterion <= 5; criterion++) {
      selfAssessment.put("c" + criterion + "Justification", "Minh chứng cho tiêu chí " + criterion);
    }
    selfAssessment.put("reviewMeetingDate", "04/01/2027");
    fill("communeSelfAssessment", selfAssessment);
    assertThat(field("communeSelfAssessment", "c5_1").getDomProperty("value")).isEqualTo("72,5");
    assertThat(field("communeSelfAssessment", "reviewMeetingDate").getDomProperty("value")).isEqualTo("04/01/2027");
    completeAndLeave();
    assertThat(runtime.createVariableInstanceQuery().variableName("c5_1").singleResult().getValue())
        .isEqualTo(72.5);

    // the Chair: sending without the meeting's minutes is refused beside the button, in the server's words
    logInToTasklist("xuanbacchutich");
    openTask("Phê duyệt kết quả, chọn mức đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    fill("communeChairApproval", Map.of("chairDecision", "APPLY"));
    assertThat(text(".fjs-select-display")).isEqualTo("Chọn…");
    Map<String, Object> approval = new LinkedHashMap<>();
    approval.put("chairDecision", "APPLY");
    // level 2 needs a level-1 recognition of 12 months; the drop-down offers only level 1
    approval.put("appliedLevel", "Mức độ 1");
    fill("communeChairApproval", approval);
    complete();
    assertThat(refusalBesideTheButton()).startsWith("Chưa hoàn thành được:").contains("biên bản");
    attachMinutesOnTheDossierPage();
    logInToTasklist("xuanbacchutich");
    openTask("Phê duyệt kết quả, chọn mức đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    fill("communeChairApproval", approval);
    completeAndLeave();

    // the Department verifies and evaluates; the Association reviews alongside
    logInToTasklist("dongnaisogd");
    openTask("Kiểm tra hồ sơ đề nghị — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    fill("communeDossierVerification", Map.of("verificationResult", "COMPLETE"));
    completeAndLeave();
    openTask("Đánh giá hồ sơ theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    Map<String, Object> findings = CommuneAnswers.level2();
    findings.put("c5_1", "72,5");
    fill("communeEvaluation", CommuneAnswers.evaluationForm(findings));
    completeAndLeave();

    logInToTasklist("dongnaikhuyenhoc");
    openTask("Hội Khuyến học đánh giá hồ sơ — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    fill("communeAssociationReview", CommuneAnswers.associationForm(findings));
    completeAndLeave();

    // the Director decides
    logInToTasklist("dongnaigiamdoc");
    openTask("Quyết định công nhận — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("headDecision", "RECOGNISE");
    decision.put("recognisedLevel", "Mức độ 1");
    decision.put("decisionNumber", "15/QĐ-SGDĐT");
    decision.put("decisionDate", "05/01/2027");
    fill("communeRecognitionDecision", decision);
    completeAndLeave();

    // published, without a login
    browser.manage().deleteAllCookies();
    browser.get(url("/cong-khai?tinh=75"));
    assertThat(text("body")).contains("Xã Xuân Bắc", "Mức độ 1", "15/QĐ-SGDĐT", "05/01/2027");
  }

  private void logInToTasklist(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/default/"));
    WebElement name = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo", Keys.ENTER);
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc của đơn vị"));
  }

  private void openTask(String title) {
    By card = By.xpath("//h4[normalize-space()='" + title + "']");
    waiting.until(ExpectedConditions.elementToBeClickable(card)).click();
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    for (WebElement claim : browser.findElements(By.xpath("//button[normalize-space()='Nhận việc']"))) {
      if (claim.isDisplayed()) {
        claim.click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
      }
    }
  }

  private void complete() {
    WebElement button = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  private void completeAndLeave() {
    complete();
    waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  private String refusalBesideTheButton() {
    return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-actions .cdht-refusal")))
        .getText();
  }

  private void attachMinutesOnTheDossierPage() throws IOException {
    browser.get(url("/ho-so/26428-2026"));
    Path minutes = Files.createTempFile("bien-ban-hop", ".pdf");
    Files.write(minutes, MINUTES_PDF);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("loai"))).selectByVisibleText("Biên bản họp");
    browser.findElement(By.name("tep")).sendKeys(minutes.toString());
    browser.findElement(By.xpath("//button[normalize-space()='Đính kèm']")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), minutes.getFileName().toString()));
    Files.delete(minutes);
  }

  /** Answers fields of a Camunda Form as an official does, found by their keys in the form's file. */
  private void fill(String form, Map<String, Object> values) {
    JsonNode components = components(form);
    values.forEach((key, value) -> {
      JsonNode component = requiredComponent(components, key);
      String id = component.path("id").asText();
      switch (component.path("type").asText()) {
        case "radio" -> {
          int option = 0;
          for (JsonNode choice : component.path("values")) {
            if (choice.path("value").asText().equals(value.toString())) {
              break;
            }
            option++;
          }
          click(By.cssSelector("input[id$='-" + id + "-" + option + "']"));
        }
        case "select" -> {
          click(By.cssSelector("[id$='-" + id + "-display']"));
          click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + value + "']"));
        }
        default -> {
          WebElement input = field(form, key);
          input.clear();
          input.sendKeys(value.toString(), Keys.TAB);
        }
      }
    });
  }

  private WebElement field(String form, String key) {
    String id = requiredComponent(components(form), key).path("id").asText();
    return waiting.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form input[id$='-" + id + "'], .fjs-form input[id$='-" + id + "-date'],"
            + " .fjs-form textarea[id$='-" + id + "']")));
  }

  /** A form's fields as its file declares them, read once. */
  private JsonNode components(String form) {
    return forms.computeIfAbsent(form, name -> {
      try {
        return new ObjectMapper().readTree(formFile(name)).path("components");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private void click(By target) {
    WebElement element = waiting.until(ExpectedConditions.presenceOfElementLocated(target));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    waiting.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private static File formFile(String form) {
    for (String folder : new String[] {"commune", "district", "province", "campaign", "common"}) {
      File file = new File("forms/" + folder + "/" + form + ".form");
      if (file.exists()) {
        return file;
      }
    }
    throw new AssertionError("No form " + form);
  }

  private static JsonNode requiredComponent(JsonNode components, String key) {
    JsonNode component = component(components, key);
    if (component == null) {
      throw new AssertionError("No field " + key);
    }
    return component;
  }

  private static JsonNode component(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode nested = component(component.path("components"), key);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private String text(String selector) {
    return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector))).getText();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
