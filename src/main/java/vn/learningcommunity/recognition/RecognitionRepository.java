package vn.learningcommunity.recognition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecognitionRepository extends JpaRepository<Recognition, Long> {

  List<Recognition> findByUnitCodeOrderByDecisionDateDesc(String unitCode);

  Optional<Recognition> findByUnitCodeAndEvaluationYear(String unitCode, int evaluationYear);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          commune.code, commune.name, district.code, district.name, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil)
      from Recognition r
      join AdministrativeUnit commune on commune.code = r.unitCode
      join AdministrativeUnit district on district.code = commune.parentCode
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.COMMUNE and district.parentCode = :provinceCode
      order by r.evaluationYear desc, district.code, commune.code
      """)
  List<PublishedRecognition> findCommunesOfProvince(String provinceCode);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          district.code, district.name, district.code, district.name, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil)
      from Recognition r
      join AdministrativeUnit district on district.code = r.unitCode
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.DISTRICT and district.parentCode = :provinceCode
      order by r.evaluationYear desc, district.code
      """)
  List<PublishedRecognition> findDistrictsOfProvince(String provinceCode);

  @Query("""
      select new vn.learningcommunity.recognition.PublishedRecognition(
          province.code, province.name, null, null, r.evaluationYear, r.level,
          r.decisionNumber, r.decisionDate, r.validUntil)
      from Recognition r
      join AdministrativeUnit province on province.code = r.unitCode
      where r.unitLevel = vn.learningcommunity.unit.UnitLevel.PROVINCE
      order by r.evaluationYear desc, province.code
      """)
  List<PublishedRecognition> findProvinces();
}
