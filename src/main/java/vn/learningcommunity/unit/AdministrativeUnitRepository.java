package vn.learningcommunity.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

  String IN_FORCE = "u.validFrom <= :day and (u.validTo is null or u.validTo >= :day)";

  @Query("select u from AdministrativeUnit u where u.code = :code and " + IN_FORCE)
  Optional<AdministrativeUnit> findInForce(@Param("code") String code, @Param("day") LocalDate day);

  Optional<AdministrativeUnit> findFirstByCodeOrderByValidFromDesc(String code);

  @Query("select u from AdministrativeUnit u where u.level = :level and " + IN_FORCE + " order by u.name")
  List<AdministrativeUnit> findOfLevelInForce(@Param("level") UnitLevel level, @Param("day") LocalDate day);

  @Query("select u from AdministrativeUnit u where u.parentCode = :parent and " + IN_FORCE + " order by u.code")
  List<AdministrativeUnit> findChildrenInForce(@Param("parent") String parentCode, @Param("day") LocalDate day);

  /** Every unit below a province on a day: its districts and communes, or (two tiers) its communes. */
  @Query("select u from AdministrativeUnit u where " + IN_FORCE + " and (u.parentCode = :province or u.parentCode in "
      + "(select d.code from AdministrativeUnit d where d.parentCode = :province and d.validFrom <= :day"
      + " and (d.validTo is null or d.validTo >= :day))) order by u.code")
  List<AdministrativeUnit> findUnitsOfProvince(@Param("province") String provinceCode, @Param("day") LocalDate day);
}
