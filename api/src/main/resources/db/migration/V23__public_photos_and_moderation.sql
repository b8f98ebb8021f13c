-- Attachments are private until an admin, having looked at them, publishes a photo for the
-- report's public page (issue 21): a photo may show a face, a house number or a document.
ALTER TABLE attachment ADD COLUMN published boolean NOT NULL DEFAULT false;

-- An admin's edit of what the public reads (public title, description, photos) is an event.
ALTER TABLE report_event DROP CONSTRAINT report_event_type_known;
ALTER TABLE report_event ADD CONSTRAINT report_event_type_known CHECK (type IN
  ('SUBMITTED', 'VERIFIED', 'HELD', 'ARCHIVED', 'FORWARDED', 'RETURNED', 'FOLLOWED_UP', 'RESOLVED',
   'ESCALATED', 'CLOSED', 'MESSAGE_POSTED', 'CONFIRMED', 'DISPUTED', 'ATTACHMENT_ADDED', 'MODERATED'));
