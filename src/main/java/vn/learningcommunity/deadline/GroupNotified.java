package vn.learningcommunity.deadline;

import java.util.Date;

/** A group was told that a task's deadline nears ({@code escalated} false) or has passed. */
public record GroupNotified(String kind, boolean escalated, String taskId, String taskName, Date due, String groupId) {}
