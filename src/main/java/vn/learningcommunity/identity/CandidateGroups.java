package vn.learningcommunity.identity;

import org.springframework.stereotype.Component;

/**
 * Called from the BPMN candidate-group expressions, e.g.
 * {@code ${groups.of('COMMUNE_ASSESSOR', communeCode)}}.
 */
@Component("groups")
public class CandidateGroups {

  public String of(String role, String unitCode) {
    return UnitRole.valueOf(role).groupId(unitCode);
  }
}
