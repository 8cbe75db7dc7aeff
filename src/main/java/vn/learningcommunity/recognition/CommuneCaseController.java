package vn.learningcommunity.recognition;

import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.learningcommunity.identity.Callers;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.RejectedInputException;

/** Opens a commune case (until the annual campaign opens them): for the province's coordinators. */
@RestController
class CommuneCaseController {

  record OpenCaseRequest(String communeCode, Integer evaluationYear) {}

  private final RecognitionCases cases;
  private final UnitDirectory units;
  private final IdentityService identity;

  CommuneCaseController(RecognitionCases cases, UnitDirectory units, IdentityService identity) {
    this.cases = cases;
    this.units = units;
    this.identity = identity;
  }

  @PostMapping("/api/commune-cases")
  ResponseEntity<Map<String, String>> open(@RequestBody OpenCaseRequest request) {
    if (request.communeCode() == null || request.evaluationYear() == null) {
      throw new RejectedInputException("Cần nhập mã xã (communeCode) và năm đánh giá (evaluationYear).");
    }
    // the commune as it is in the structure of the evaluation year, and the coordinators of its province then
    AdministrativeUnit commune = units.require(request.communeCode(), UnitLevel.COMMUNE,
        UnitDirectory.structureDayOf(request.evaluationYear()));
    String province = units.ancestor(commune, UnitLevel.PROVINCE).map(AdministrativeUnit::getCode).orElse("");
    requireCoordinatorOf(province);
    ProcessInstance instance = cases.open(request.communeCode(), request.evaluationYear());
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
        .body(Map.of("businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  private void requireCoordinatorOf(String provinceCode) {
    Callers.requireOneOf(identity.getCurrentAuthentication(),
        "Chỉ điều phối viên của tỉnh mới được mở hồ sơ đánh giá cho xã thuộc tỉnh.",
        Callers.groupOf(UnitRole.PROVINCE_COORDINATOR, provinceCode));
  }
}
