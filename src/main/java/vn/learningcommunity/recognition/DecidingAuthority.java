package vn.learningcommunity.recognition;

import vn.learningcommunity.identity.UnitRole;

/** The role that decides a recognition case and the unit it is held in (null for the Ministry's national roles). */
public record DecidingAuthority(UnitRole role, String unitCode) {}
