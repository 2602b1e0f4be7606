CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`street` text NOT NULL,
	`postal_code` text NOT NULL,
	`city` text NOT NULL,
	`land` text NOT NULL,
	`phone` text,
	`fax` text,
	`email` text,
	`website` text,
	`kammer` text,
	`ust_id` text,
	`bank_name` text,
	`iban` text,
	`bic` text,
	`letter_footer` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `order_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`comment` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_status_history_order_idx` ON `order_status_history` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`period_kind` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_types_code_unique` ON `order_types` (`code`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`berater_id` integer,
	`assigned_user_id` integer,
	`order_type_id` integer NOT NULL,
	`period_year` integer,
	`period_month` integer,
	`period_quarter` integer,
	`title` text NOT NULL,
	`description` text,
	`priority` text DEFAULT 'normal' NOT NULL,
	`status` text DEFAULT 'offen' NOT NULL,
	`due_date` text,
	`due_reason` text,
	`reminder_date` text,
	`notes` text,
	`recurrence_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`berater_id`) REFERENCES `berater`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_type_id`) REFERENCES `order_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_client_idx` ON `orders` (`client_id`);--> statement-breakpoint
CREATE INDEX `orders_status_due_idx` ON `orders` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `orders_berater_idx` ON `orders` (`berater_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_recurrence_key_unique` ON `orders` (`recurrence_key`);--> statement-breakpoint
ALTER TABLE `berater` ADD `berater_number` text;--> statement-breakpoint
ALTER TABLE `berater` ADD `kammer` text;--> statement-breakpoint
ALTER TABLE `berater` ADD `email` text;--> statement-breakpoint
ALTER TABLE `berater` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `finanzamt_land` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `ustva_rhythm` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `dauerfristverlaengerung` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `annual_returns` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `email` text;--> statement-breakpoint
ALTER TABLE `users` ADD `failed_logins` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locked_until` text;--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `password_changed_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `settings` text DEFAULT '{}' NOT NULL;