package vn.learningcommunity.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import vn.learningcommunity.deadline.CalendarProperties;
import vn.learningcommunity.deadline.ProvinceCalendar;

/** The calendar exactly as application.yaml ships it (Đồng Nai defaults), for tests without Spring. */
public final class CalendarFixtures {

  private CalendarFixtures() {}

  public static CalendarProperties shippedProperties() {
    try {
      var source = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml")).get(0);
      return new Binder(ConfigurationPropertySources.from(source))
          .bind("learning-community.calendar", CalendarProperties.class).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ProvinceCalendar shipped() {
    return new ProvinceCalendar(shippedProperties());
  }
}
