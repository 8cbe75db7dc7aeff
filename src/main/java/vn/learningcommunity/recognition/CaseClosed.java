package vn.learningcommunity.recognition;

import vn.learningcommunity.unit.UnitLevel;

/** A recognition case has reached its final status (recognised, refused, not applying, not met). */
public record CaseClosed(String businessKey, String unitCode, UnitLevel unitLevel, int evaluationYear) {}
