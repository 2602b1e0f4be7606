CREATE TABLE `document_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`field` text NOT NULL,
	`proposed` text,
	`confirmed` text,
	`correct` integer NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_corrections_document_idx` ON `document_corrections` (`document_id`);--> statement-breakpoint
CREATE INDEX `document_corrections_field_idx` ON `document_corrections` (`field`);--> statement-breakpoint
CREATE TABLE `document_pages` (
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`document_id`, `page`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`file_kind` text NOT NULL,
	`original_name` text NOT NULL,
	`source` text NOT NULL,
	`status` text DEFAULT 'in_arbeit' NOT NULL,
	`client_id` integer,
	`preassigned_client_id` integer,
	`order_id` integer,
	`template_version_id` integer,
	`doc_type` text,
	`title` text,
	`text_source` text,
	`pages` integer,
	`analysis_json` text,
	`fields_json` text,
	`error` text,
	`error_code` text,
	`imported_at` text NOT NULL,
	`imported_by` integer,
	`confirmed_at` text,
	`confirmed_by` integer,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`preassigned_client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_version_id`) REFERENCES `template_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_client_idx` ON `documents` (`client_id`);--> statement-breakpoint
CREATE INDEX `documents_status_idx` ON `documents` (`status`,`imported_at`);--> statement-breakpoint
CREATE INDEX `documents_order_idx` ON `documents` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_documents` (
	`order_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`order_id`, `document_id`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_documents_document_idx` ON `order_documents` (`document_id`);--> statement-breakpoint
CREATE TABLE `template_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`version_no` integer NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`original_name` text NOT NULL,
	`inspection_json` text NOT NULL,
	`uploaded_at` text NOT NULL,
	`uploaded_by` integer,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_template_no_unique` ON `template_versions` (`template_id`,`version_no`);--> statement-breakpoint
CREATE INDEX `template_versions_sha_idx` ON `template_versions` (`sha256`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text,
	`builtin_key` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_name_unique` ON `templates` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `templates_builtin_key_unique` ON `templates` (`builtin_key`);--> statement-breakpoint
-- Full-text index over document names and extracted text (see src-main/core/services/documents).
-- Contentless like clients_fts: the service writes one row per document (rowid = documents.id) in the
-- same transaction that stores the text, and deletes it with the document.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(
	doc,
	content='',
	contentless_delete=1,
	tokenize='unicode61 remove_diacritics 2'
);
