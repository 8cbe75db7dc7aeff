package vn.learningcommunity.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.hibernate.Hibernate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.CalendarCheck;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.deadline.ProvinceCalendar;
import vn.learningcommunity.recognition.EvaluationYears;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.validation.ConflictException;
import vn.learningcommunity.validation.RejectedInputException;

/** Opens the annual campaign of a province: checks what the coordinator gave, records it, starts the process. */
@Service
public class Campaigns {

  public static final String PROCESS_KEY = "annualCampaign";

  private final CampaignRepository campaigns;
  private final ProvinceCalendar calendar;
  private final UnitDirectory units;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public Campaigns(CampaignRepository campaigns, ProvinceCalendar calendar, UnitDirectory units, RuntimeService runtime,
      IdentityService identity, Clock clock) {
    this.identity = identity;
    this.campaigns = campaigns;
    this.calendar = calendar;
    this.units = units;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * Opens a campaign from the API: records it, then starts its process as the application (the
   * controller has checked the caller; officials cannot start processes through the engine).
   */
  @Transactional
  public OpenedCampaign open(CampaignOpening opening, String openedBy) {
    Recorded recorded = record(opening, openedBy);
    Campaign campaign = recorded.campaign();
    String processInstanceId = AsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY,
        campaign.getBusinessKey(), Map.of("provinceCode", campaign.getProvinceCode(), "evaluationYear", campaign.getEvaluationYear())))
        .getId();
    campaign.started(processInstanceId);
    return new OpenedCampaign(campaign.getBusinessKey(), processInstanceId, recorded.deadlines(), recorded.warnings());
  }

  /**
   * Whether the campaign's process instance is the one {@link #open} is starting right now: its
   * record exists, with this business key, and no process yet.
   */
  @Transactional(readOnly = true)
  public boolean isBeingOpenedAs(String provinceCode, int evaluationYear, String businessKey) {
    return campaigns.findByBusinessKey(Campaign.businessKey(provinceCode, evaluationYear))
        .filter(c -> c.getProcessInstanceId() == null && c.getBusinessKey().equals(businessKey)).isPresent();
  }

  /** Records a campaign its process has opened (from Tasklist's start form); returns its business key. */
  @Transactional
  public String recordStarted(CampaignOpening opening, String openedBy, String processInstanceId) {
    Campaign campaign = record(opening, openedBy).campaign();
    campaign.started(processInstanceId);
    return campaign.getBusinessKey();
  }

  record Recorded(Campaign campaign, Map<Milestone, LocalDate> deadlines, List<String> warnings) {}

  private Recorded record(CampaignOpening opening, String openedBy) {
    if (opening.provinceCode() == null || opening.evaluationYear() == null) {
      throw new RejectedInputException("Cần nhập mã tỉnh (provinceCode) và năm đánh giá (evaluationYear).");
    }
    int year = opening.evaluationYear();
    EvaluationYears.requireOpenable(year, clock);
    LocalDate structureDay = UnitDirectory.structureDayOf(year);
    AdministrativeUnit province = units.require(opening.provinceCode(), UnitLevel.PROVINCE, structureDay);
    LocalDate today = LocalDate.now(clock);
    String businessKey = Campaign.businessKey(province.getCode(), year);
    String alreadyOpen = "Chiến dịch năm " + year + " của " + province.getName() + " đã được mở (mã chiến dịch "
        + businessKey + "); mỗi tỉnh chỉ có một chiến dịch cho mỗi năm đánh giá.";
    if (campaigns.findByBusinessKey(businessKey).isPresent()) {
      throw new ConflictException(alreadyOpen);
    }
    Map<Milestone, LocalDate> deadlines = new EnumMap<>(calendar.defaults(year));
    if (opening.deadlines() != null) {
      opening.deadlines().forEach((milestone, day) -> {
        if (milestone == null || day == null) {
          throw new RejectedInputException("Mỗi mốc trong deadlines cần tên mốc và một ngày (năm-tháng-ngày).");
        }
        deadlines.put(milestone, day);
      });
    }
    CalendarCheck check = calendar.check(deadlines, year, today);
    List<String> problems = new ArrayList<>(check.problems());
    List<CampaignOpening.Exclusion> exclusions = opening.exclusions() == null ? List.of() : opening.exclusions();
    Set<String> excluded = new HashSet<>();
    for (int i = 0; i < exclusions.size(); i++) {
      CampaignOpening.Exclusion exclusion = exclusions.get(i);
      if (exclusion == null || exclusion.unitCode() == null || exclusion.unitCode().isBlank()) {
        problems.add("Mục thứ " + (i + 1) + " của exclusions không ghi mã đơn vị (unitCode).");
      } else if (!excluded.add(exclusion.unitCode())) {
        problems.add("Đơn vị " + exclusion.unitCode() + " được ghi hai lần trong exclusions; mỗi đơn vị chỉ ghi một lần.");
      } else {
        problems.addAll(exclusionProblems(province, structureDay, exclusion));
      }
    }
    if (!problems.isEmpty()) {
      throw new RejectedInputException(problems);
    }

    Campaign campaign = new Campaign(province.getCode(), year, openedBy, today, Instant.now(clock));
    deadlines.forEach(campaign::schedule);
    exclusions.forEach(e -> campaign.exclude(e.unitCode(), e.reason().trim(), openedBy, Instant.now(clock)));
    try {
      campaigns.saveAndFlush(campaign);
    } catch (DataIntegrityViolationException openedAtTheSameMoment) {
      throw new ConflictException(alreadyOpen);
    }
    return new Recorded(campaign, deadlines, check.warnings());
  }

  @Transactional(readOnly = true)
  public Optional<Campaign> find(String provinceCode, int evaluationYear) {
    Optional<Campaign> campaign = campaigns.findByBusinessKey(Campaign.businessKey(provinceCode, evaluationYear));
    campaign.ifPresent(c -> Hibernate.initialize(c.getExclusions()));
    return campaign;
  }

  /** An excluded unit must be a district or commune of the province in the structure of the evaluation year. */
  private List<String> exclusionProblems(AdministrativeUnit province, LocalDate structureDay,
      CampaignOpening.Exclusion exclusion) {
    List<String> problems = new ArrayList<>();
    Optional<AdministrativeUnit> unit = units.find(exclusion.unitCode(), structureDay);
    boolean inProvince = unit.filter(u -> u.getLevel() != UnitLevel.PROVINCE)
        .flatMap(u -> units.ancestor(u, UnitLevel.PROVINCE))
        .map(p -> p.getCode().equals(province.getCode()))
        .orElse(false);
    if (!inProvince) {
      problems.add("Đơn vị " + exclusion.unitCode() + " không phải là huyện hoặc xã của " + province.getName() + ".");
    }
    if (exclusion.reason() == null || exclusion.reason().isBlank()) {
      problems.add("Cần ghi lý do không đưa đơn vị " + exclusion.unitCode() + " vào chiến dịch.");
    } else if (exclusion.reason().trim().length() > CampaignExclusion.REASON_LIMIT) {
      problems.add("Lý do không đưa đơn vị " + exclusion.unitCode() + " vào chiến dịch dài quá "
          + CampaignExclusion.REASON_LIMIT + " ký tự; hãy rút gọn.");
    }
    return problems;
  }
}
