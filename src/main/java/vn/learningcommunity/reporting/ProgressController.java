package vn.learningcommunity.reporting;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.learningcommunity.web.Spreadsheets;

/** Progress against the plan's targets: public, like the results it is computed from. */
@RestController
class ProgressController {

  private final ProgressReport progress;

  ProgressController(ProgressReport progress) {
    this.progress = progress;
  }

  @GetMapping("/api/progress")
  Progress progress(@RequestParam String province, @RequestParam int year) {
    return progress.of(province, year);
  }

  @GetMapping("/api/progress.xlsx")
  ResponseEntity<byte[]> workbook(@RequestParam String province, @RequestParam int year) {
    return ResponseEntity.ok()
        .contentType(Spreadsheets.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("tien-do-" + province + "-" + year + ".xlsx").build().toString())
        .body(ProgressWorkbook.write(progress.of(province, year)));
  }
}
