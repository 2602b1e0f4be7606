-- Search index for the client list (see src-main/core/services/clients/search-document.ts).
-- Contentless: the service writes one document per client (names, city, e-mail, Mandantennummer, every
-- form of every Steuernummer, Steuer-ID, USt-IdNr, IBAN, ae/oe/ue/ss spellings) in the same transaction
-- as the client, and deletes it with the client. rowid = clients.id.
-- detail=none: every query term is a single (prefix) token, so positions are never needed; no prefix
-- indexes: they cost a third of the insert time of an import and the search stays within its budget.
CREATE VIRTUAL TABLE `clients_fts` USING fts5(
	doc,
	content='',
	contentless_delete=1,
	detail=none,
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Clients from before this migration get a basic document now; the core rebuilds the full documents
-- and sort keys on its next start (settings key clients.derivedVersion).
INSERT INTO `clients_fts` (rowid, doc)
SELECT `id`, `client_number` || ' ' || `display_name` || ' ' || coalesce(`city`, '') FROM `clients`;
--> statement-breakpoint
UPDATE `clients` SET `sort_name` = lower(`display_name`), `sort_city` = lower(coalesce(`city`, ''));
