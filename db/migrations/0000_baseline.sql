CREATE TABLE `password_resets` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by_user_id` text,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_resets_token_hash_unique` ON `password_resets` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_resets_user_idx` ON `password_resets` (`user_id`);--> statement-breakpoint
CREATE TABLE `revoked_sessions` (
	`sid` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `revoked_sessions_expires_idx` ON `revoked_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_locked_idx` ON `sign_in_attempts` (`locked_until`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`locale` text DEFAULT 'fr' NOT NULL,
	`created_at` integer NOT NULL,
	`session_generation` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`invited_by` text,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_workspace_idx` ON `invitations` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`actor_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_workspace_user_idx` ON `memberships` (`workspace_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`country` text NOT NULL,
	`population` integer,
	`languages` text NOT NULL,
	`siren` text,
	`geo_code` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` text,
	`user_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`changes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_workspace_created_idx` ON `audit_log` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_workspace_entity_idx` ON `audit_log` (`workspace_id`,`entity_type`);--> statement-breakpoint
CREATE TABLE `actor_graph_layouts` (
	`key` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`structure` text NOT NULL,
	`ids` text NOT NULL,
	`positions` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actor_graph_layouts_workspace_idx` ON `actor_graph_layouts` (`workspace_id`,`computed_at`);--> statement-breakpoint
CREATE TABLE `actor_relations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`source_id` text NOT NULL,
	`target_id` text NOT NULL,
	`type` text NOT NULL,
	`directed` integer NOT NULL,
	`strength` integer NOT NULL,
	`start_date` text,
	`end_date` text,
	`notes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actor_relations_workspace_idx` ON `actor_relations` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `actor_relations_source_idx` ON `actor_relations` (`source_id`);--> statement-breakpoint
CREATE INDEX `actor_relations_target_idx` ON `actor_relations` (`target_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `actor_relations_pair_type_idx` ON `actor_relations` (`source_id`,`target_id`,`type`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`family` text NOT NULL,
	`category` text NOT NULL,
	`name` text NOT NULL,
	`normalized_name` text NOT NULL,
	`portfolio` text,
	`country` text,
	`city` text,
	`themes` text NOT NULL,
	`languages` text NOT NULL,
	`links` text,
	`influence` integer NOT NULL,
	`interest` integer NOT NULL,
	`tags` text NOT NULL,
	`website` text,
	`contact_name` text,
	`contact_role` text,
	`contact_email` text,
	`contact_phone` text,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `actors_workspace_name_idx` ON `actors` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `actors_workspace_category_idx` ON `actors` (`workspace_id`,`family`,`category`);--> statement-breakpoint
CREATE INDEX `actors_workspace_country_idx` ON `actors` (`workspace_id`,`country`);--> statement-breakpoint
CREATE INDEX `actors_workspace_normalized_idx` ON `actors` (`workspace_id`,`normalized_name`);--> statement-breakpoint
CREATE TABLE `census_links` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`token` text NOT NULL,
	`open` integer NOT NULL,
	`closes_at` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `census_links_token_unique` ON `census_links` (`token`);--> statement-breakpoint
CREATE INDEX `census_links_workspace_idx` ON `census_links` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `census_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`link_id` text NOT NULL,
	`status` text NOT NULL,
	`payload` text NOT NULL,
	`actor_id` text,
	`moderated_by` text,
	`moderated_at` integer,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`link_id`) REFERENCES `census_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `census_responses_workspace_status_idx` ON `census_responses` (`workspace_id`,`status`);--> statement-breakpoint
CREATE TABLE `import_value_choices` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`field` text NOT NULL,
	`scope` text NOT NULL,
	`value` text NOT NULL,
	`choice` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_value_choices_key_idx` ON `import_value_choices` (`workspace_id`,`field`,`scope`,`value`);--> statement-breakpoint
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
	`version` integer DEFAULT 1 NOT NULL,
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
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`completed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `diagnostics_workspace_held_idx` ON `diagnostics` (`workspace_id`,`held_on`);--> statement-breakpoint
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
	`version` integer DEFAULT 1 NOT NULL,
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
	`aid_category` text,
	`dac_sector` text,
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
CREATE INDEX `observed_returns_expected_idx` ON `observed_returns` (`expected_return_id`);--> statement-breakpoint
CREATE TABLE `collab_documents` (
	`name` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`state` blob NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `collab_documents_workspace_idx` ON `collab_documents` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `document_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`title` text,
	`assignee_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_sections_workspace_position_idx` ON `document_sections` (`workspace_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`snapshot` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_versions_workspace_created_idx` ON `document_versions` (`workspace_id`,`created_at`);--> statement-breakpoint
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
	`version` integer DEFAULT 1 NOT NULL,
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
	`comment` text,
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
	`at_risk_below` real,
	`off_track_below` real,
	`min_value` real,
	`max_value` real,
	`version` integer DEFAULT 1 NOT NULL,
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
CREATE INDEX `strategy_indicators_owner_idx` ON `strategy_indicators` (`workspace_id`,`owner_id`);--> statement-breakpoint
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
CREATE TABLE `adoptions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`version_id` text NOT NULL,
	`review_id` text,
	`adopted_on` text NOT NULL,
	`body` text NOT NULL,
	`reference` text NOT NULL,
	`recorded_by_id` text,
	`recorder_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adoptions_version_idx` ON `adoptions` (`version_id`);--> statement-breakpoint
CREATE INDEX `adoptions_workspace_idx` ON `adoptions` (`workspace_id`,`adopted_on`);--> statement-breakpoint
CREATE TABLE `comment_threads` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`scope` text NOT NULL,
	`section_id` text NOT NULL,
	`version_id` text,
	`review_id` text,
	`quote` text,
	`anchor_start` integer,
	`anchor_end` integer,
	`status` text NOT NULL,
	`created_by_id` text,
	`resolved_by_id` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `comment_threads_workspace_scope_idx` ON `comment_threads` (`workspace_id`,`scope`,`section_id`);--> statement-breakpoint
CREATE INDEX `comment_threads_version_idx` ON `comment_threads` (`version_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`thread_id` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`mentions` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `comment_threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `comments_thread_idx` ON `comments` (`thread_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_workspace_idx` ON `comments` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `review_reviewers` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`review_id` text NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`decision` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_reviewers_review_user_idx` ON `review_reviewers` (`review_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `review_reviewers_workspace_idx` ON `review_reviewers` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`version_id` text NOT NULL,
	`previous_id` text,
	`status` text NOT NULL,
	`due_date` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`submitted_by_id` text,
	`submitter_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reviews_workspace_created_idx` ON `reviews` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_version_idx` ON `reviews` (`version_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`href` text NOT NULL,
	`dedupe_key` text,
	`email` text NOT NULL,
	`read_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_workspace_idx` ON `notifications` (`user_id`,`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_email_idx` ON `notifications` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_user_dedupe_idx` ON `notifications` (`user_id`,`dedupe_key`);--> statement-breakpoint
CREATE TABLE `coordination_settings` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`opted_in` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `partnership_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`target` text NOT NULL,
	`parent_id` text,
	`author_id` text,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnership_comments_target_idx` ON `partnership_comments` (`partnership_id`,`target`,`created_at`);--> statement-breakpoint
CREATE TABLE `partnership_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`side` text NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`email` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partnership_contacts_partnership_idx` ON `partnership_contacts` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `partnership_contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`side` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`language` text DEFAULT 'fr' NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnership_contributions_partnership_idx` ON `partnership_contributions` (`partnership_id`);--> statement-breakpoint
CREATE INDEX `partnership_contributions_side_kind_idx` ON `partnership_contributions` (`partnership_id`,`side`,`kind`);--> statement-breakpoint
CREATE TABLE `partnership_exchanges` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`partnership_id` text NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`language` text DEFAULT 'fr' NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnership_exchanges_partnership_date_idx` ON `partnership_exchanges` (`partnership_id`,`date`);--> statement-breakpoint
CREATE TABLE `partnership_invitations` (
	`invitation_id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `partnership_sections` (
	`partnership_id` text NOT NULL,
	`section_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`partnership_id`, `section_id`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `document_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partnership_sections_section_idx` ON `partnership_sections` (`section_id`);--> statement-breakpoint
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
CREATE TABLE `partnerships` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`title` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_workspace_actor_idx` ON `partnerships` (`workspace_id`,`actor_id`);--> statement-breakpoint
CREATE TABLE `section_translations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`section_id` text NOT NULL,
	`language` text NOT NULL,
	`source_text` text NOT NULL,
	`text` text NOT NULL,
	`updated_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `document_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `section_translations_section_language_idx` ON `section_translations` (`section_id`,`language`);--> statement-breakpoint
CREATE TABLE `publications` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`version_name` text NOT NULL,
	`adopted_on` text NOT NULL,
	`body` text NOT NULL,
	`reference` text NOT NULL,
	`blocks` text NOT NULL,
	`chapters` integer NOT NULL,
	`aggregates` text NOT NULL,
	`published_by` text,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`revoked_by` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_idx` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_workspace_idx` ON `api_tokens` (`workspace_id`,`created_at`);--> statement-breakpoint
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
CREATE INDEX `missions_assignee_idx` ON `missions` (`workspace_id`,`debrief_assignee_id`);--> statement-breakpoint
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
CREATE UNIQUE INDEX `digest_deliveries_user_week_idx` ON `digest_deliveries` (`user_id`,`week`);--> statement-breakpoint
CREATE TABLE `evaluation_adoptions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`evaluation_id` text NOT NULL,
	`version_id` text NOT NULL,
	`adopted_on` text NOT NULL,
	`body` text NOT NULL,
	`reference` text NOT NULL,
	`recorded_by_id` text,
	`recorder_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `evaluation_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_adoptions_evaluation_idx` ON `evaluation_adoptions` (`evaluation_id`);--> statement-breakpoint
CREATE INDEX `evaluation_adoptions_workspace_idx` ON `evaluation_adoptions` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `evaluation_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`evaluation_id` text NOT NULL,
	`number` integer NOT NULL,
	`snapshot` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_versions_number_idx` ON `evaluation_versions` (`evaluation_id`,`number`);--> statement-breakpoint
CREATE INDEX `evaluation_versions_workspace_idx` ON `evaluation_versions` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`year` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_workspace_year_idx` ON `evaluations` (`workspace_id`,`year`);--> statement-breakpoint
CREATE TABLE `evaluation_reviewers` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`review_id` text NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`decision` text NOT NULL,
	`note` text NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `evaluation_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_reviewers_review_user_idx` ON `evaluation_reviewers` (`review_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviewers_workspace_idx` ON `evaluation_reviewers` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `evaluation_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`evaluation_id` text NOT NULL,
	`version_id` text NOT NULL,
	`status` text NOT NULL,
	`due_on` text NOT NULL,
	`message` text NOT NULL,
	`submitted_by_id` text,
	`submitter_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `evaluation_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_reviews_version_idx` ON `evaluation_reviews` (`version_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviews_evaluation_idx` ON `evaluation_reviews` (`evaluation_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviews_workspace_idx` ON `evaluation_reviews` (`workspace_id`);--> statement-breakpoint
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
CREATE UNIQUE INDEX `co_financing_rules_key_idx` ON `co_financing_rules` (`workspace_id`,`key`);--> statement-breakpoint
CREATE TABLE `aid_declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`year` integer NOT NULL,
	`version` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`snapshot` text NOT NULL,
	`frozen_by` text,
	`frozen_at` integer NOT NULL,
	`reopened_by` text,
	`reopened_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`frozen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aid_declarations_version_idx` ON `aid_declarations` (`workspace_id`,`year`,`version`);--> statement-breakpoint
CREATE INDEX `aid_declarations_workspace_idx` ON `aid_declarations` (`workspace_id`,`year`);--> statement-breakpoint
CREATE TABLE `project_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`funder` text NOT NULL,
	`deadline` text NOT NULL,
	`url` text,
	`action_id` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `external_actions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `project_calls_workspace_idx` ON `project_calls` (`workspace_id`,`deadline`);--> statement-breakpoint
-- Records of what was adopted, circulated or read are never rewritten (triggers written by hand:
-- drizzle-kit does not generate them, so they were carried over from migrations 0004, 0007 and 0023
-- when the history was folded into this baseline; see docs/decisions/0037-migration-baseline.md).
CREATE TRIGGER `document_versions_immutable` BEFORE UPDATE ON `document_versions`
BEGIN
	SELECT RAISE(ABORT, 'document versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `adoptions_immutable` BEFORE UPDATE ON `adoptions`
BEGIN
	SELECT RAISE(ABORT, 'adoptions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `evaluation_versions_immutable` BEFORE UPDATE ON `evaluation_versions`
BEGIN
	SELECT RAISE(ABORT, 'evaluation versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `evaluation_adoptions_immutable` BEFORE UPDATE ON `evaluation_adoptions`
BEGIN
	SELECT RAISE(ABORT, 'evaluation adoptions are immutable');
END;
