package vn.learningcommunity.deadline;

/** Published when a deadline of a case has passed with its task still open. */
public record CaseOverdue(String businessKey) {}
