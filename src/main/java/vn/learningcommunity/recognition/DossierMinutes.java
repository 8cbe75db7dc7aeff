package vn.learningcommunity.recognition;

/**
 * Whether the minutes of the review meeting are attached to the dossier about to be sent: the
 * approver may not send it without them. The dossier capability answers.
 */
public interface DossierMinutes {

  boolean attachedForNextSubmission(String businessKey);
}
