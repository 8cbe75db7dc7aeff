package vn.learningcommunity.campaign;

import java.time.Instant;

/** A produced report as listed for download. */
public record ReportSummary(Long id, ReportKind kind, String title, String unitCode, String unitName,
    CampaignReport.Trigger producedBy, Instant producedAt, long lines, long pending, long laterResults,
    String download) {}
