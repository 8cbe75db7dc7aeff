package vn.learningcommunity.recognition;

/** Where a recognition case stands; the last four are final. */
public enum CaseStatus {
  SELF_ASSESSMENT,
  DOSSIER_SUBMITTED,
  RETURNED,
  RECOGNISED,
  REFUSED,
  NOT_APPLYING,
  SELF_ASSESSED_NOT_MET
}
