package vn.learningcommunity.startup;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once the models are deployed, writes every {@link StartUpData} in one transaction that first takes
 * the start-up row lock (migration 13): a node started at the same moment waits, then finds
 * everything written and adds nothing — one set of units, one administrator, one demo case.
 */
@Component
class StartUpDataWrittenOnce {

  private final JdbcTemplate jdbc;
  private final ObjectProvider<StartUpData> data;

  StartUpDataWrittenOnce(JdbcTemplate jdbc, ObjectProvider<StartUpData> data) {
    this.jdbc = jdbc;
    this.data = data;
  }

  @EventListener(PostDeployEvent.class)
  @Transactional
  public void ensureAll() {
    jdbc.queryForObject("select name from start_up_lock where name = 'start-up data' for update", String.class);
    data.orderedStream().forEach(StartUpData::ensure);
  }
}
