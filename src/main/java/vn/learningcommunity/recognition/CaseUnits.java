package vn.learningcommunity.recognition;

/** The units a commune case involves, as process variables need them for groups and deadlines. */
public record CaseUnits(String communeCode, String communeName, String districtCode, String districtName,
    String provinceCode) {}
