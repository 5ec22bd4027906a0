CREATE TABLE `strategies` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`vision` text NOT NULL,
	`thread` text NOT NULL,
	`principles` text NOT NULL,
	`version` integer NOT NULL,
	`updated_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategies_workspace_idx` ON `strategies` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `strategy_action_placements` (
	`action_id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`axis_id` text,
	`outside_reason` text,
	`proposed_axis_id` text,
	`proposed_by` text,
	`proposal_note` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`axis_id`) REFERENCES `strategy_axes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`proposed_axis_id`) REFERENCES `strategy_axes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `strategy_action_placements_workspace_idx` ON `strategy_action_placements` (`workspace_id`,`axis_id`);--> statement-breakpoint
CREATE TABLE `strategy_axes` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`objectives` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `strategy_axes_workspace_idx` ON `strategy_axes` (`workspace_id`,`position`);--> statement-breakpoint
CREATE TABLE `strategy_coherence_snapshots` (
	`workspace_id` text NOT NULL,
	`day` text NOT NULL,
	`score` integer NOT NULL,
	`passed` integer NOT NULL,
	`total` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `day`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `strategy_follow_up_axes` (
	`follow_up_id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`axis_id` text NOT NULL,
	FOREIGN KEY (`follow_up_id`) REFERENCES `diagnostic_follow_ups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`axis_id`) REFERENCES `strategy_axes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `strategy_follow_up_axes_workspace_idx` ON `strategy_follow_up_axes` (`workspace_id`,`axis_id`);--> statement-breakpoint
CREATE TABLE `strategy_indicator_values` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`indicator_id` text NOT NULL,
	`observed_on` text NOT NULL,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`recorded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `strategy_indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `strategy_indicator_values_workspace_idx` ON `strategy_indicator_values` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `strategy_indicator_values_indicator_idx` ON `strategy_indicator_values` (`indicator_id`,`observed_on`);--> statement-breakpoint
CREATE TABLE `strategy_indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`axis_id` text,
	`action_id` text,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`baseline` real NOT NULL,
	`target` real NOT NULL,
	`target_date` text NOT NULL,
	`owner_id` text,
	`frequency` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`axis_id`) REFERENCES `strategy_axes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `strategy_indicators_workspace_idx` ON `strategy_indicators` (`workspace_id`,`axis_id`);--> statement-breakpoint
CREATE INDEX `strategy_indicators_action_idx` ON `strategy_indicators` (`action_id`);--> statement-breakpoint
CREATE INDEX `strategy_indicators_owner_idx` ON `strategy_indicators` (`workspace_id`,`owner_id`);