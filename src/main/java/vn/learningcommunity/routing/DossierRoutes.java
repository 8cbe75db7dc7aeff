package vn.learningcommunity.routing;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.rules.LatestDecisions;
import vn.learningcommunity.unit.GovernmentStructure;

/**
 * The route of a province's commune dossiers in an evaluation year, as the decision {@value #DECISION}
 * ({@code processes/common/dossierRoute.dmn}) says. An administrator changes a province's route by
 * deploying a new version of that decision; cases keep the route they were opened with.
 */
@Service
public class DossierRoutes {

  public static final String DECISION = "dossierRoute";

  private final LatestDecisions decisions;

  public DossierRoutes(LatestDecisions decisions) {
    this.decisions = decisions;
  }

  public DossierRoute of(String provinceCode, int evaluationYear) {
    GovernmentStructure structure = GovernmentStructure.of(evaluationYear);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("provinceCode", provinceCode);
    inputs.put("structure", structure.name());
    DmnDecisionResultEntries row = decisions.evaluate(DECISION, inputs).getFirstResult();
    if (row == null) {
      throw new IllegalStateException("Decision " + DECISION + " has no route for province " + provinceCode + " in "
          + structure);
    }
    return new DossierRoute(structure, Boolean.TRUE.equals(row.getEntry("districtCases")), role(row, "verifierRole"),
        role(row, "associationRole"), role(row, "deciderRole"), Boolean.TRUE.equals(row.getEntry("provisional")));
  }

  private static UnitRole role(DmnDecisionResultEntries row, String output) {
    Object value = row.getEntry(output);
    try {
      return UnitRole.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalStateException("Decision " + DECISION + " names an unknown role in " + output + ": " + value);
    }
  }
}
