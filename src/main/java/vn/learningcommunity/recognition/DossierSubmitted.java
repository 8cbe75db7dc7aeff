package vn.learningcommunity.recognition;

/** A unit's approver has sent its dossier, for the given submission round (1 for the first, 2 after a return…). */
public record DossierSubmitted(String businessKey, int round) {}
