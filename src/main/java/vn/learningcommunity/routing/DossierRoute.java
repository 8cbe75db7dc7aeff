package vn.learningcommunity.routing;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Who handles a commune's dossier: the role that verifies and evaluates it, the Association that
 * evaluates alongside, the role that decides, all held in the same reviewing unit (the district, or
 * the province once districts are gone); and whether district cases exist at all.
 *
 * @param provisional the route is a reading of texts that do not settle it, to be confirmed
 */
public record DossierRoute(GovernmentStructure structure, boolean districtCases, UnitRole verifier,
    UnitRole association, UnitRole decider, boolean provisional) {

  /** The process variables holding the route's roles, which models name instead of a fixed role. */
  public static final Set<String> ROLE_VARIABLES = Set.of("verifierRole", "associationRole", "deciderRole");

  public DossierRoute {
    UnitLevel level = verifier.level();
    if (level != UnitLevel.DISTRICT && level != UnitLevel.PROVINCE) {
      throw new IllegalArgumentException("A dossier is reviewed by a district or a province, not by " + verifier);
    }
    if (association.level() != level || decider.level() != level) {
      throw new IllegalArgumentException("Verifier " + verifier + ", association " + association + " and decider "
          + decider + " must be roles of the same unit");
    }
    if (structure == GovernmentStructure.TWO_TIER && (districtCases || level == UnitLevel.DISTRICT)) {
      throw new IllegalArgumentException("There are no districts in the two-tier structure");
    }
  }

  /** The district (three tiers) or the province whose officials handle the dossier. */
  public UnitLevel reviewingLevel() {
    return verifier.level();
  }

  /**
   * Gives a case the route it keeps to its end, as process-owned variables: the BPMN computes
   * candidate groups from the roles ({@code ${groups.of(verifierRole, reviewingUnitCode)}}) and the
   * forms name the bodies by their titles.
   */
  public void writeTo(VariableScope variables) {
    variables.setVariable("routeStructure", structure.name());
    variables.setVariable("districtCases", districtCases);
    variables.setVariable("verifierRole", verifier.name());
    variables.setVariable("verifierTitle", verifier.title());
    variables.setVariable("associationRole", association.name());
    variables.setVariable("associationTitle", association.title());
    variables.setVariable("deciderRole", decider.name());
    variables.setVariable("deciderTitle", decider.title());
  }
}
