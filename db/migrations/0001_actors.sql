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
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
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
ALTER TABLE `memberships` ADD `actor_id` text REFERENCES actors(id) ON DELETE set null;