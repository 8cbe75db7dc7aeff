package vn.learningcommunity.assessment.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Hands a decision the answers of one party as a single context {@code findings}, so that no model
 * maps indicators one by one: in a business rule task,
 * {@code <camunda:inputParameter name="findings">${indicatorAnswers.of('ev_', execution)}</camunda:inputParameter>}
 * gives the decision table {@code findings.c1_1} for the variable {@code ev_c1_1}. The unit's own
 * answers have no prefix ({@code of('', execution)}). Which indicators exist is the decision
 * table's business (its inputs, checked against the criteria catalogue), not this bean's.
 */
@Component("indicatorAnswers")
public class IndicatorAnswersExpression {

  public Map<String, Object> of(String prefix, DelegateExecution execution) {
    Map<String, Object> findings = new HashMap<>();
    execution.getVariables().forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        findings.put(name.substring(prefix.length()), value);
      }
    });
    return findings;
  }
}
