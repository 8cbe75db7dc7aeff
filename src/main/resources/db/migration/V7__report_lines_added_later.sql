-- A report is a snapshot; a unit still pending when it was made gets a line of its own when its
-- result comes, marked with the moment it was added.
alter table campaign_report_line add column added_at timestamp;
