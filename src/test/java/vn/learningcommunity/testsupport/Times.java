package vn.learningcommunity.testsupport;

import java.time.OffsetDateTime;
import java.util.Date;

public final class Times {

  private Times() {}

  /** An instant written with its offset, e.g. "2027-01-10T17:00:00+07:00", as the engine's Date. */
  public static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}
