CREATE TABLE `co_financing_instalments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`line_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`condition` text NOT NULL,
	`due_on` text,
	`received_on` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`line_id`) REFERENCES `co_financing_lines`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `co_financing_instalments_workspace_idx` ON `co_financing_instalments` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `co_financing_instalments_line_idx` ON `co_financing_instalments` (`line_id`);--> statement-breakpoint
CREATE TABLE `co_financing_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`year` integer NOT NULL,
	`funder_kind` text NOT NULL,
	`funder_name` text,
	`call_year` integer,
	`asked_cents` integer NOT NULL,
	`granted_cents` integer,
	`paid_cents` integer DEFAULT 0 NOT NULL,
	`staff_days` integer DEFAULT 0 NOT NULL,
	`staff_daily_cost_cents` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `co_financing_lines_workspace_idx` ON `co_financing_lines` (`workspace_id`,`year`);--> statement-breakpoint
CREATE INDEX `co_financing_lines_action_idx` ON `co_financing_lines` (`action_id`,`year`);--> statement-breakpoint
CREATE TABLE `co_financing_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`key` text NOT NULL,
	`percent` integer NOT NULL,
	`source_text` text NOT NULL,
	`source_url` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `co_financing_rules_key_idx` ON `co_financing_rules` (`workspace_id`,`key`);