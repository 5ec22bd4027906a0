CREATE TABLE `partnership_translations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	`source_text` text NOT NULL,
	`updated_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnership_translations_target_language_idx` ON `partnership_translations` (`partnership_id`,`target_type`,`target_id`,`language`);--> statement-breakpoint
CREATE INDEX `partnership_translations_workspace_idx` ON `partnership_translations` (`workspace_id`);--> statement-breakpoint
ALTER TABLE `partnership_contributions` ADD `language` text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE `partnership_exchanges` ADD `language` text DEFAULT 'fr' NOT NULL;