package vn.learningcommunity.recognition;

/**
 * What the upgrade rule of the DMN needs about a unit's standing recognition on the day its dossier
 * is sent: the level still valid (0 when none) and the whole months since that decision (null when none).
 */
public record UpgradeFacts(int previousLevel, Integer monthsSincePreviousDecision) {

  public static final UpgradeFacts NONE = new UpgradeFacts(0, null);
}
