package vn.learningcommunity.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's "now" follows the engine's clock, so that dates the application records
 * (dossier sent, decision published) agree with the timers, also when tests move the clock.
 */
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
