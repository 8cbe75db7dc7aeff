package vn.learningcommunity.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.deadline.Milestone;

/** The campaign as opened: its key, process, calendar, and warnings about dates past the Circular's limits. */
public record OpenedCampaign(String businessKey, String processInstanceId, Map<Milestone, LocalDate> deadlines,
    List<String> warnings) {}
