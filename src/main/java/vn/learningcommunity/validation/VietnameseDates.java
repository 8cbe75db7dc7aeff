package vn.learningcommunity.validation;

import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese officials read them, in messages, forms, documents and pages: 05/01/2027. */
public final class VietnameseDates {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {}
}
