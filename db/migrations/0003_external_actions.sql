CREATE TABLE `competency_overrides` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`catalogue_key` text NOT NULL,
	`hidden` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competency_overrides_workspace_key_idx` ON `competency_overrides` (`workspace_id`,`catalogue_key`);--> statement-breakpoint
CREATE TABLE `custom_competencies` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`domain` text NOT NULL,
	`nature` text NOT NULL,
	`reference` text,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `custom_competencies_workspace_idx` ON `custom_competencies` (`workspace_id`,`title`);--> statement-breakpoint
CREATE TABLE `department_budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`department_id` text NOT NULL,
	`label` text NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`funding_source` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `department_budget_lines_workspace_idx` ON `department_budget_lines` (`workspace_id`,`year`);--> statement-breakpoint
CREATE INDEX `department_budget_lines_department_idx` ON `department_budget_lines` (`department_id`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`point_person_user_id` text,
	`point_person_actor_id` text,
	`languages` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`point_person_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`point_person_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `departments_workspace_name_idx` ON `departments` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `departments_point_person_idx` ON `departments` (`workspace_id`,`point_person_user_id`);--> statement-breakpoint
CREATE TABLE `expected_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`indicator` text,
	`target` text,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `expected_returns_workspace_idx` ON `expected_returns` (`workspace_id`,`category`);--> statement-breakpoint
CREATE INDEX `expected_returns_action_idx` ON `expected_returns` (`action_id`);--> statement-breakpoint
CREATE TABLE `external_action_actors` (
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`action_id`, `actor_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `external_action_actors_workspace_idx` ON `external_action_actors` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `external_action_actors_actor_idx` ON `external_action_actors` (`actor_id`,`role`);--> statement-breakpoint
CREATE TABLE `external_action_budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`funding_source` text NOT NULL,
	`department_id` text,
	`label` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `external_action_budget_lines_workspace_idx` ON `external_action_budget_lines` (`workspace_id`,`year`);--> statement-breakpoint
CREATE INDEX `external_action_budget_lines_action_idx` ON `external_action_budget_lines` (`action_id`);--> statement-breakpoint
CREATE TABLE `external_action_competencies` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`catalogue_key` text,
	`custom_competency_id` text,
	`reason` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`custom_competency_id`) REFERENCES `custom_competencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `external_action_competencies_workspace_idx` ON `external_action_competencies` (`workspace_id`,`catalogue_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `external_action_competencies_catalogue_idx` ON `external_action_competencies` (`action_id`,`catalogue_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `external_action_competencies_custom_idx` ON `external_action_competencies` (`action_id`,`custom_competency_id`);--> statement-breakpoint
CREATE TABLE `external_action_departments` (
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`department_id` text NOT NULL,
	`mode` text NOT NULL,
	PRIMARY KEY(`action_id`, `department_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `external_action_departments_workspace_idx` ON `external_action_departments` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `external_action_departments_department_idx` ON `external_action_departments` (`department_id`);--> statement-breakpoint
CREATE TABLE `external_action_sdgs` (
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`sdg` integer NOT NULL,
	PRIMARY KEY(`action_id`, `sdg`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `external_action_sdgs_workspace_idx` ON `external_action_sdgs` (`workspace_id`,`sdg`);--> statement-breakpoint
CREATE TABLE `external_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`normalized_title` text NOT NULL,
	`description` text,
	`type` text NOT NULL,
	`rationales` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`countries` text NOT NULL,
	`version` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `external_actions_workspace_title_idx` ON `external_actions` (`workspace_id`,`normalized_title`);--> statement-breakpoint
CREATE INDEX `external_actions_workspace_type_idx` ON `external_actions` (`workspace_id`,`type`,`status`);--> statement-breakpoint
CREATE TABLE `observed_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`action_id` text NOT NULL,
	`expected_return_id` text,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`evidence` text NOT NULL,
	`observed_on` text NOT NULL,
	`value` text,
	`recorded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`expected_return_id`) REFERENCES `expected_returns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `observed_returns_workspace_idx` ON `observed_returns` (`workspace_id`,`category`);--> statement-breakpoint
CREATE INDEX `observed_returns_action_idx` ON `observed_returns` (`action_id`);--> statement-breakpoint
CREATE INDEX `observed_returns_expected_idx` ON `observed_returns` (`expected_return_id`);