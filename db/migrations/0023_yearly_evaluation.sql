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
-- A frozen version of an evaluation is what was adopted or read: never rewritten.
CREATE TRIGGER `evaluation_versions_immutable` BEFORE UPDATE ON `evaluation_versions`
BEGIN
	SELECT RAISE(ABORT, 'evaluation versions are immutable');
END;
--> statement-breakpoint
-- An adoption records a deliberation that happened: never rewritten.
CREATE TRIGGER `evaluation_adoptions_immutable` BEFORE UPDATE ON `evaluation_adoptions`
BEGIN
	SELECT RAISE(ABORT, 'evaluation adoptions are immutable');
END;
