package vn.learningcommunity.recognition;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publication of results (công khai): open to everyone, as the Circular requires results to be public. */
@RestController
class PublicationController {

  private final RecognitionRegister register;

  PublicationController(RecognitionRegister register) {
    this.register = register;
  }

  @GetMapping("/api/recognitions/communes")
  List<PublishedRecognition> communes(@RequestParam String province, @RequestParam(required = false) String district,
      @RequestParam(required = false) Integer year) {
    return register.publishedCommunes(province, district, year);
  }

  @GetMapping("/api/recognitions/districts")
  List<PublishedRecognition> districts(@RequestParam String province, @RequestParam(required = false) Integer year) {
    return register.publishedDistricts(province, year);
  }

  @GetMapping("/api/recognitions/provinces")
  List<PublishedRecognition> provinces(@RequestParam(required = false) Integer year) {
    return register.publishedProvinces(year);
  }
}
