package vn.learningcommunity.dossier;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.learningcommunity.access.Caller;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Who takes part in a case, as the engine knows it: the officials who hold one of its open tasks
 * (they may attach files); the unit's own officials, everyone who was ever given one of its tasks,
 * the coordinators of its province and administrators (they may see its dossier).
 */
@Component
class CaseParticipants {

  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final UnitDirectory units;

  CaseParticipants(TaskService tasks, HistoryService history, IdentityService identity, UnitDirectory units) {
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.units = units;
  }

  /** The caller holds an open task of the case: as its assignee, or in one of its candidate groups. */
  boolean holdsAnOpenTask(Caller caller, RecognitionCase recognitionCase) {
    if (caller.isAdministrator()) {
      return true;
    }
    return AsSystem.call(identity, () -> {
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(recognitionCase.getBusinessKey()).list()) {
        if (caller.userId().equals(task.getAssignee())) {
          return true;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && caller.groupIds().contains(link.getGroupId())) {
            return true;
          }
        }
      }
      return false;
    });
  }

  /** The caller may see the case's dossier: a coordinator of its province, or given one of its tasks at some time. */
  boolean maySee(Caller caller, RecognitionCase recognitionCase) {
    if (caller.isAdministrator() || isCoordinatorOf(caller, recognitionCase) || belongsToTheUnit(caller, recognitionCase)) {
      return true;
    }
    Set<String> everGiven = AsSystem.call(identity, () -> {
      Set<String> ids = new HashSet<>();
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey(recognitionCase.getBusinessKey()).list()) {
        ids.add(task.getAssignee());
        for (HistoricIdentityLinkLog log : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
          ids.add(log.getGroupId());
          ids.add(log.getUserId());
        }
      }
      ids.remove(null);
      return ids;
    });
    return everGiven.contains(caller.userId()) || caller.groupIds().stream().anyMatch(everGiven::contains);
  }

  /** The unit's own officials (its assessors and its chair, or its committee) see their dossier at any time. */
  private static boolean belongsToTheUnit(Caller caller, RecognitionCase recognitionCase) {
    return Arrays.stream(UnitRole.values()).filter(role -> role.level() == recognitionCase.getUnitLevel())
        .anyMatch(role -> caller.groupIds().contains(role.groupId(recognitionCase.getUnitCode())));
  }

  private boolean isCoordinatorOf(Caller caller, RecognitionCase recognitionCase) {
    return units.find(recognitionCase.getUnitCode(), UnitDirectory.structureDayOf(recognitionCase.getEvaluationYear()))
        .flatMap(unit -> unit.getLevel() == UnitLevel.PROVINCE ? Optional.of(unit) : units.ancestor(unit, UnitLevel.PROVINCE))
        .map(province -> caller.groupIds().contains(UnitRole.PROVINCE_COORDINATOR.groupId(province.getCode())))
        .orElse(false);
  }
}
