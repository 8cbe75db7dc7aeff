package vn.learningcommunity.web;

import org.springframework.http.MediaType;

/** The media type of the .xlsx files the application hands out. */
public final class Spreadsheets {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Spreadsheets() {}
}
