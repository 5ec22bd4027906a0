CREATE TABLE `action_milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text,
	`due_on` text NOT NULL,
	`done_on` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_milestones_workspace_idx` ON `action_milestones` (`workspace_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `action_milestones_action_idx` ON `action_milestones` (`action_id`,`due_on`);--> statement-breakpoint
CREATE TABLE `calendar_settings` (
	`user_id` text PRIMARY KEY NOT NULL,
	`feed_token_hash` text,
	`feed_created_at` integer,
	`digest_opt_out` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_settings_feed_idx` ON `calendar_settings` (`feed_token_hash`);--> statement-breakpoint
CREATE TABLE `digest_deliveries` (
	`user_id` text NOT NULL,
	`week` text NOT NULL,
	`outcome` text NOT NULL,
	`claimed_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_deliveries_user_week_idx` ON `digest_deliveries` (`user_id`,`week`);