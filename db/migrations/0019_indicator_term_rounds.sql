CREATE TABLE `indicator_settings` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`at_risk_below` real NOT NULL,
	`off_track_below` real NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `indicator_year_targets` (
	`indicator_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`year` integer NOT NULL,
	`target` real NOT NULL,
	PRIMARY KEY(`indicator_id`, `year`),
	FOREIGN KEY (`indicator_id`) REFERENCES `strategy_indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicator_year_targets_workspace_idx` ON `indicator_year_targets` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `reporting_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`year` integer NOT NULL,
	`due_on` text NOT NULL,
	`status` text NOT NULL,
	`opened_by` text,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_rounds_workspace_year_idx` ON `reporting_rounds` (`workspace_id`,`year`);--> statement-breakpoint
ALTER TABLE `strategy_indicator_values` ADD `comment` text;--> statement-breakpoint
ALTER TABLE `strategy_indicators` ADD `at_risk_below` real;--> statement-breakpoint
ALTER TABLE `strategy_indicators` ADD `off_track_below` real;--> statement-breakpoint
ALTER TABLE `strategy_indicators` ADD `min_value` real;--> statement-breakpoint
ALTER TABLE `strategy_indicators` ADD `max_value` real;