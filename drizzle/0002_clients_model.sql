CREATE TABLE `client_bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`position` integer NOT NULL,
	`iban` text NOT NULL,
	`bic` text,
	`account_holder` text,
	`bank_name` text,
	`sepa_mandate_ref` text,
	`sepa_mandate_date` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_bank_accounts_client_idx` ON `client_bank_accounts` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`position` integer NOT NULL,
	`salutation` text,
	`title` text,
	`first_name` text,
	`last_name` text NOT NULL,
	`role` text,
	`email` text,
	`phone` text,
	`mobile` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_contacts_client_idx` ON `client_contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_tags` (
	`client_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`client_id`, `tag`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_tags_tag_idx` ON `client_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `client_tax_numbers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`position` integer NOT NULL,
	`tax_type` text NOT NULL,
	`elster13` text NOT NULL,
	`land` text NOT NULL,
	`bufa` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_tax_numbers_client_idx` ON `client_tax_numbers` (`client_id`);--> statement-breakpoint
CREATE INDEX `client_tax_numbers_elster_idx` ON `client_tax_numbers` (`elster13`);--> statement-breakpoint
DROP INDEX `clients_display_name_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `sort_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `sort_city` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `sort_number` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `salutation` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `title` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `birth_name` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `birth_date` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `partner_id` integer REFERENCES clients(id);--> statement-breakpoint
ALTER TABLE `clients` ADD `legal_form` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `register_court` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `register_type` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `register_number` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `street` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `postal_code` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `country` text DEFAULT 'DE' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `po_box` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `post_street` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `post_postal_code` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `post_city` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `post_country` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `email` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `mobile` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `steuer_id` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `ust_id_nr` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `w_id_nr` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `clients_sort_name_idx` ON `clients` (`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `clients_sort_city_idx` ON `clients` (`sort_city`,`id`);--> statement-breakpoint
CREATE INDEX `clients_sort_number_idx` ON `clients` (`sort_number`);--> statement-breakpoint
CREATE INDEX `clients_postal_code_idx` ON `clients` (`postal_code`);--> statement-breakpoint
CREATE INDEX `clients_steuer_id_idx` ON `clients` (`steuer_id`);--> statement-breakpoint
CREATE INDEX `clients_ust_id_nr_idx` ON `clients` (`ust_id_nr`);--> statement-breakpoint
CREATE INDEX `clients_berater_idx` ON `clients` (`berater_id`);--> statement-breakpoint
CREATE INDEX `clients_partner_idx` ON `clients` (`partner_id`);