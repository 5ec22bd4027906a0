CREATE TABLE `diagnostic_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`diagnostic_id` text NOT NULL,
	`dimension` text NOT NULL,
	`question_key` text NOT NULL,
	`value` text,
	`evidence` text,
	`answered_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `diagnostic_answers_question_idx` ON `diagnostic_answers` (`diagnostic_id`,`question_key`);--> statement-breakpoint
CREATE INDEX `diagnostic_answers_workspace_idx` ON `diagnostic_answers` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `diagnostic_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`diagnostic_id` text NOT NULL,
	`dimension` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `diagnostic_assignments_unique_idx` ON `diagnostic_assignments` (`diagnostic_id`,`dimension`,`user_id`);--> statement-breakpoint
CREATE INDEX `diagnostic_assignments_workspace_user_idx` ON `diagnostic_assignments` (`workspace_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `diagnostic_follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`diagnostic_id` text NOT NULL,
	`rule_key` text NOT NULL,
	`title` text NOT NULL,
	`owner_id` text,
	`due_on` text,
	`status` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `diagnostic_follow_ups_workspace_idx` ON `diagnostic_follow_ups` (`workspace_id`,`status`);--> statement-breakpoint
CREATE INDEX `diagnostic_follow_ups_diagnostic_idx` ON `diagnostic_follow_ups` (`diagnostic_id`);--> statement-breakpoint
CREATE TABLE `diagnostics` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`status` text NOT NULL,
	`questionnaire_version` text NOT NULL,
	`created_by` text,
	`completed_by` text,
	`completed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`completed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `diagnostics_workspace_held_idx` ON `diagnostics` (`workspace_id`,`held_on`);