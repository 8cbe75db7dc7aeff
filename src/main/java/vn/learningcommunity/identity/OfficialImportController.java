package vn.learningcommunity.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators import the officials of a province from a CSV file (see the README). */
@RestController
class OfficialImportController {

  private final OfficialImport officialImport;
  private final IdentityService identity;

  OfficialImportController(OfficialImport officialImport, IdentityService identity) {
    this.officialImport = officialImport;
    this.identity = identity;
  }

  @PostMapping(path = "/api/officials/import", consumes = {"text/csv", "text/plain"})
  OfficialImport.Result importOfficials(@RequestBody(required = false) String csv) {
    Callers.requireOneOf(identity.getCurrentAuthentication(), "Chỉ quản trị hệ thống mới được nhập danh sách cán bộ.");
    return AsSystem.call(identity, () -> officialImport.importCsv(csv));
  }
}
