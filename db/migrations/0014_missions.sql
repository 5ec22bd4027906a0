CREATE TABLE `mission_actions` (
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`action_id` text NOT NULL,
	PRIMARY KEY(`mission_id`, `action_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mission_actions_action_idx` ON `mission_actions` (`action_id`);--> statement-breakpoint
CREATE INDEX `mission_actions_workspace_idx` ON `mission_actions` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `mission_budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`funding_source` text NOT NULL,
	`department_id` text,
	`label` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mission_budget_lines_workspace_idx` ON `mission_budget_lines` (`workspace_id`,`year`);--> statement-breakpoint
CREATE INDEX `mission_budget_lines_mission_idx` ON `mission_budget_lines` (`mission_id`);--> statement-breakpoint
CREATE TABLE `mission_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`relation_id` text,
	`met_on` text NOT NULL,
	`note` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`relation_id`) REFERENCES `actor_relations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mission_contacts_mission_idx` ON `mission_contacts` (`mission_id`);--> statement-breakpoint
CREATE INDEX `mission_contacts_actor_idx` ON `mission_contacts` (`workspace_id`,`actor_id`,`met_on`);--> statement-breakpoint
CREATE TABLE `mission_follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`title` text NOT NULL,
	`owner_id` text,
	`due_date` text NOT NULL,
	`done` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mission_follow_ups_mission_idx` ON `mission_follow_ups` (`mission_id`);--> statement-breakpoint
CREATE INDEX `mission_follow_ups_owner_idx` ON `mission_follow_ups` (`workspace_id`,`owner_id`,`due_date`);--> statement-breakpoint
CREATE TABLE `mission_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`day` text NOT NULL,
	`time` text,
	`actor_id` text,
	`subject` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mission_meetings_mission_idx` ON `mission_meetings` (`mission_id`,`day`);--> statement-breakpoint
CREATE INDEX `mission_meetings_actor_idx` ON `mission_meetings` (`actor_id`);--> statement-breakpoint
CREATE TABLE `mission_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` text,
	`actor_id` text,
	`department_id` text,
	`name` text,
	`role` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mission_participants_mission_idx` ON `mission_participants` (`mission_id`);--> statement-breakpoint
CREATE INDEX `mission_participants_workspace_idx` ON `mission_participants` (`workspace_id`,`department_id`);--> statement-breakpoint
CREATE TABLE `mission_returns` (
	`workspace_id` text NOT NULL,
	`mission_id` text NOT NULL,
	`observed_return_id` text NOT NULL,
	PRIMARY KEY(`mission_id`, `observed_return_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`observed_return_id`) REFERENCES `observed_returns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mission_returns_workspace_idx` ON `mission_returns` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `missions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`normalized_title` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text NOT NULL,
	`country` text NOT NULL,
	`city` text,
	`purpose` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`partnership_id` text,
	`documents` text NOT NULL,
	`debrief_assignee_id` text,
	`debrief_days` integer NOT NULL,
	`debrief_summary` text,
	`debrief_notes` text,
	`debrief_submitted_at` integer,
	`version` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`debrief_assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `missions_workspace_start_idx` ON `missions` (`workspace_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `missions_workspace_kind_idx` ON `missions` (`workspace_id`,`kind`);--> statement-breakpoint
CREATE INDEX `missions_workspace_country_idx` ON `missions` (`workspace_id`,`country`);--> statement-breakpoint
CREATE INDEX `missions_partnership_idx` ON `missions` (`partnership_id`);--> statement-breakpoint
CREATE INDEX `missions_assignee_idx` ON `missions` (`workspace_id`,`debrief_assignee_id`);