package vn.learningcommunity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.learningcommunity.identity.GroupProvisioning;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.startup.StartUpData;

/**
 * Demo officials of today's Đồng Nai (province 75, two tiers since 1 July 2025): the coordinator, the
 * Department of Education, the provincial Association, the Director, assessors and chairs of three of
 * its communes (two of old Đồng Nai, one of old Bình Phước), and an open case for each of them in the
 * demo year; plus the officials of the former Huyện Xuân Lộc, who handled the dossiers of 2024 and
 * before. Runs after the models are deployed; safe to run on every start.
 */
@Component
@ConditionalOnProperty(name = "learning-community.demo.enabled", havingValue = "true")
@Order(2)
class DemoData implements StartUpData {

  record DemoCommune(String code, String userPrefix) {}

  static final String PROVINCE = "75";
  /** The former district of the three-tier walk-through (evaluation year 2024). */
  static final String FORMER_DISTRICT = "741";
  static final List<DemoCommune> COMMUNES = List.of(new DemoCommune("26428", "xuanbac"), new DemoCommune("26434", "xuanthanh"),
      new DemoCommune("25210", "dongxoai"));

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final GroupProvisioning provisioning;
  private final UnitDirectory units;
  private final RecognitionCases cases;
  private final DemoProperties properties;
  private final Environment environment;
  private final Clock clock;

  DemoData(GroupProvisioning provisioning, UnitDirectory units, RecognitionCases cases, DemoProperties properties,
      Environment environment, Clock clock) {
    this.provisioning = provisioning;
    this.units = units;
    this.cases = cases;
    this.properties = properties;
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public void ensure() {
    String password = properties.password();
    int year = properties.evaluationYear() != null ? properties.evaluationYear() : LocalDate.now(clock).getYear();
    List<String> logins = new ArrayList<>();

    LocalDate today = LocalDate.now(clock);
    AdministrativeUnit province = units.require(PROVINCE, UnitLevel.PROVINCE, today);
    String coordinators = provisioning.ensureGroup(UnitRole.PROVINCE_COORDINATOR, PROVINCE, province.getName());
    provisioning.ensureUser("dongnaidieuphoi", "Điều phối viên", "Sở GD&ĐT Đồng Nai", password, coordinators);
    logins.add("dongnaidieuphoi (điều phối viên tỉnh, Cockpit)");

    provisioning.ensureUser("dongnaisogd", "Chuyên viên", "Sở GD&ĐT Đồng Nai", password,
        provisioning.ensureGroup(UnitRole.DEPARTMENT_STAFF, PROVINCE, province.getName()));
    provisioning.ensureUser("dongnaikhuyenhoc", "Hội Khuyến học", "tỉnh Đồng Nai", password,
        provisioning.ensureGroup(UnitRole.PROVINCE_ASSOCIATION, PROVINCE, province.getName()));
    provisioning.ensureUser("dongnaigiamdoc", "Giám đốc", "Sở GD&ĐT Đồng Nai", password,
        provisioning.ensureGroup(UnitRole.DEPARTMENT_DIRECTOR, PROVINCE, province.getName()));
    provisioning.ensureUser("dongnaiubnd", "UBND", "tỉnh Đồng Nai", password,
        provisioning.ensureGroup(UnitRole.PROVINCE_COMMITTEE, PROVINCE, province.getName()));
    provisioning.ensureUser("bogdthamdinh", "Chuyên viên", "Bộ GD&ĐT", password,
        provisioning.ensureGroup(UnitRole.MINISTRY_REVIEWER, PROVINCE, "Bộ GD&ĐT"));
    provisioning.ensureUser("bogdbotruong", "Bộ trưởng", "Bộ GD&ĐT", password,
        provisioning.ensureGroup(UnitRole.MINISTER, PROVINCE, "Bộ GD&ĐT"));
    logins.add("dongnaisogd, dongnaikhuyenhoc, dongnaigiamdoc, dongnaiubnd (Sở GD&ĐT, Hội Khuyến học, Giám đốc Sở, UBND tỉnh)");
    logins.add("bogdthamdinh, bogdbotruong (Bộ GD&ĐT)");

    AdministrativeUnit district = units.require(FORMER_DISTRICT, UnitLevel.DISTRICT, UnitDirectory.THREE_TIER);
    provisioning.ensureUser("xuanlocphonggd", "Chuyên viên", "Phòng GD&ĐT Xuân Lộc", password,
        provisioning.ensureGroup(UnitRole.DISTRICT_OFFICE_STAFF, FORMER_DISTRICT, district.getName()));
    provisioning.ensureUser("xuanloctruongphong", "Trưởng phòng", "Phòng GD&ĐT Xuân Lộc", password,
        provisioning.ensureGroup(UnitRole.DISTRICT_OFFICE_HEAD, FORMER_DISTRICT, district.getName()));
    provisioning.ensureUser("xuanlocubnd", "UBND", "huyện Xuân Lộc", password,
        provisioning.ensureGroup(UnitRole.DISTRICT_COMMITTEE, FORMER_DISTRICT, district.getName()));
    provisioning.ensureUser("xuanlockhuyenhoc", "Hội Khuyến học", "huyện Xuân Lộc", password,
        provisioning.ensureGroup(UnitRole.DISTRICT_ASSOCIATION, FORMER_DISTRICT, district.getName()));
    logins.add("xuanlocphonggd, xuanloctruongphong, xuanlockhuyenhoc, xuanlocubnd (huyện Xuân Lộc cũ, hồ sơ năm 2024)");

    LocalDate structureDay = UnitDirectory.structureDayOf(year);
    for (DemoCommune demo : COMMUNES) {
      AdministrativeUnit commune = units.require(demo.code(), UnitLevel.COMMUNE, today);
      provisioning.ensureUser(demo.userPrefix() + "danhgia", "Tổ tự đánh giá", commune.getName(), password,
          provisioning.ensureGroup(UnitRole.COMMUNE_ASSESSOR, demo.code(), commune.getName()));
      provisioning.ensureUser(demo.userPrefix() + "chutich", "Chủ tịch UBND", commune.getName(), password,
          provisioning.ensureGroup(UnitRole.COMMUNE_CHAIR, demo.code(), commune.getName()));
      logins.add(demo.userPrefix() + "danhgia, " + demo.userPrefix() + "chutich (" + commune.getName() + ")");
      if (units.find(demo.code(), structureDay).isEmpty()) {
        log.info("Demo: {} không có trong danh sách đơn vị của năm đánh giá {}; không mở hồ sơ.", commune.getName(), year);
      } else if (cases.find(RecognitionCase.businessKey(demo.code(), year)).isEmpty()) {
        cases.open(demo.code(), year);
      }
    }

    String base = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    log.info("""

        ==== Cộng đồng học tập — demo Đồng Nai, năm đánh giá {} ====
        Tasklist: {}/camunda/app/tasklist/
        Cockpit:  {}/camunda/app/cockpit/
        Admin:    {}/camunda/app/admin/
        Published list: {}/api/recognitions/communes?province=75
        Progress:       {}/api/progress?province=75&year={}
        Logins (password '{}'): admin/admin (quản trị), {}
        """, year, base, base, base, base, base, year, password, String.join("; ", logins));
  }
}
