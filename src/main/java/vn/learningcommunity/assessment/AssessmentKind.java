package vn.learningcommunity.assessment;

public enum AssessmentKind {
  /** The unit's own assessment, one per submission round. */
  SELF,
  /** The reviewing office's evaluation of the submitted dossier. */
  EVALUATION
}
