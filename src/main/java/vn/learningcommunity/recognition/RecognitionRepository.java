package vn.learningcommunity.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.learningcommunity.unit.UnitLevel;

/** The published lists name each unit as it was in the structure of the given day. */
public interface RecognitionRepository extends JpaRepository<Recognition, Long> {

  List<Recognition> findByUnitCodeOrderByDecisionDateDesc(String unitCode);

  List<Recognition> findByUnitCodeInOrderByDecisionDateDesc(Collection<String> unitCodes);

  Optional<Recognition> findByUnitCodeAndEvaluationYear(String unitCode, int evaluationYear);

  List<Recognition> findByDecisionNumberAndDecisionDateAndUnitLevelOrderByUnitCode(String decisionNumber,
      LocalDate decisionDate, UnitLevel unitLevel);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          commune.code, commune.name, district.code, district.name, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil, null)
      from Recognition r
      join AdministrativeUnit commune on commune.code = r.unitCode
          and commune.validFrom <= :structureDay and (commune.validTo is null or commune.validTo >= :structureDay)
      join AdministrativeUnit district on district.code = commune.parentCode
          and district.validFrom <= :structureDay and (district.validTo is null or district.validTo >= :structureDay)
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.COMMUNE and district.parentCode = :provinceCode
      order by r.evaluationYear desc, district.code, commune.code
      """)
  List<PublishedRecognition> findCommunesOfProvince(@Param("provinceCode") String provinceCode,
      @Param("structureDay") LocalDate structureDay);

  /** Communes of the two-tier structure, whose parent is their province. */
  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          commune.code, commune.name, null, null, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil, null)
      from Recognition r
      join AdministrativeUnit commune on commune.code = r.unitCode
          and commune.validFrom <= :structureDay and (commune.validTo is null or commune.validTo >= :structureDay)
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.COMMUNE and commune.parentCode = :provinceCode
      order by r.evaluationYear desc, commune.code
      """)
  List<PublishedRecognition> findCommunesOfProvinceWithoutDistricts(@Param("provinceCode") String provinceCode,
      @Param("structureDay") LocalDate structureDay);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          district.code, district.name, district.code, district.name, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil, null)
      from Recognition r
      join AdministrativeUnit district on district.code = r.unitCode
          and district.validFrom <= :structureDay and (district.validTo is null or district.validTo >= :structureDay)
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.DISTRICT and district.parentCode = :provinceCode
      order by r.evaluationYear desc, district.code
      """)
  List<PublishedRecognition> findDistrictsOfProvince(@Param("provinceCode") String provinceCode,
      @Param("structureDay") LocalDate structureDay);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          province.code, province.name, null, null, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil, null)
      from Recognition r
      join AdministrativeUnit province on province.code = r.unitCode
          and province.validFrom <= :structureDay and (province.validTo is null or province.validTo >= :structureDay)
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.PROVINCE
      order by r.evaluationYear desc, province.code
      """)
  List<PublishedRecognition> findProvinces(@Param("structureDay") LocalDate structureDay);
}
