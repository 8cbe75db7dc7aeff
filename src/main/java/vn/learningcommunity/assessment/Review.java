package vn.learningcommunity.assessment;

/**
 * One review of a dossier: who reviewed ({@code null} for the single review of a commune dossier),
 * the prefix of its finding fields, and whether its level is the one the decision rests on.
 */
public record Review(String reviewer, String findingPrefix, boolean lead) {

  public static final Review SINGLE = new Review(null, "ev_", true);
}
