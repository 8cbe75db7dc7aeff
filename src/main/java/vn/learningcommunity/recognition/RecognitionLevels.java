package vn.learningcommunity.recognition;

/** Levels are 0 (not met), 1 and 2, as the DMN decisions return them. */
public final class RecognitionLevels {

  private RecognitionLevels() {}

  public static String label(Integer level) {
    if (level == null) {
      return "";
    }
    return switch (level) {
      case 0 -> "Chưa đạt";
      case 1 -> "Mức độ 1";
      case 2 -> "Mức độ 2";
      default -> throw new IllegalArgumentException("Unknown level " + level);
    };
  }
}
